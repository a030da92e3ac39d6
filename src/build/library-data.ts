/**
 * The library's shared data files, derived from every article's digest: the index with its first
 * page, the pages in date and title order, one set of pages per speaker, and the search index
 * (documents and term files, window by window). Pure: digests in, `{ path, json }` out; the format
 * is described in src/ingest/library/library-schema.ts and the paths in src/ingest/library/data-files.ts.
 *
 * Each kind of file is made by its own function from only what it needs, so a build can make one
 * piece again without the rest: the listings from the articles' summaries, a speaker's pages from
 * its identity and quote references, a search window from the digests of its articles.
 */
import {
  ARTICLES_PER_SEARCH_WINDOW,
  dataFiles,
  PAGE_SIZE,
  SEARCH_DOCS_PER_FILE,
  SEARCH_WINDOW,
  SLUG_PATTERN,
  TERM_FILES_PER_WINDOW,
  bucketOf,
  postingKey,
  slugFileCount,
  termsFileOf,
  type LibraryOrder,
} from '../ingest/library/data-files';
import { compareByDate, compareByTitle } from '../ingest/library/library-order';
import { articleSearchDocs, clipQuoteText } from '../ingest/library/search-docs';
import type { IngestFailure } from '../ingest/schema';
import { slugKey } from '../lib/slug';
import type {
  ArticleSummary,
  LibraryIndex,
  LibrarySpeaker,
  LibraryYear,
  SearchDoc,
} from '../ingest/library/library-schema';
import type { ArticleDigest, DigestQuote } from './article-digest';

export interface DataFile {
  path: string;
  json: string;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** What the listings (index and library pages) need of one article: kept per article by a build. */
export interface ListedArticle {
  slug: string;
  title: string;
  date: string | null;
  quoteCount: number;
  /** Its search documents: the title and one per quote. */
  docs: number;
  /** Its summary, serialised (a page is these joined, so a build keeps the string, not the object). */
  summaryJson: string;
}

export function listedArticle(digest: ArticleDigest): ListedArticle {
  const { slug, title, date, quoteCount } = digest.summary;
  return { slug, title, date, quoteCount, docs: 1 + digest.quotes.length, summaryJson: toJson(digest.summary) };
}

export const byDate = (a: Pick<ArticleSummary, 'slug' | 'title' | 'date'>, b: typeof a) => compareByDate(a, b);

/**
 * Every shared file of the library (everything but `articles/<slug>.json`), index first, one at a
 * time, from every digest held at once: for the dev server and tests. A build streams the same
 * pieces instead (write-library.ts).
 */
export function* libraryDataFiles(
  digests: readonly ArticleDigest[],
  failures: readonly IngestFailure[],
): Generator<DataFile> {
  const sorted = [...digests].sort((a, b) => byDate(a.summary, b.summary));
  yield* listingFiles(sorted.map(listedArticle), failures);
  const speakers = new Map<string, { contributions: ArticleDigest['speakers']; refs: string[] }>();
  for (const digest of sorted) {
    for (const [id, contribution, refs] of speakerRefsOf(digest)) {
      let entry = speakers.get(id);
      if (!entry) speakers.set(id, (entry = { contributions: [], refs: [] }));
      entry.contributions.push(contribution);
      entry.refs.push(...refs);
    }
  }
  for (const { contributions, refs } of speakers.values())
    yield* speakerPageFiles(speakerIdentity(contributions), refs);
  for (let w = 0; w * ARTICLES_PER_SEARCH_WINDOW < sorted.length || w === 0; w++)
    yield* searchWindowFiles(w, sorted.slice(w * ARTICLES_PER_SEARCH_WINDOW, (w + 1) * ARTICLES_PER_SEARCH_WINDOW));
}

/**
 * One shared file on request, each piece made the first time one of its files is asked for: the
 * listings, one speaker's pages, one search window. The dev server answers the first request after an
 * edit without making the whole library's files again.
 */
export function lazyLibraryData(
  digests: readonly ArticleDigest[],
  failures: readonly IngestFailure[],
): (path: string) => string | undefined {
  const sorted = [...digests].sort((a, b) => byDate(a.summary, b.summary));
  const asMap = (files: Iterable<DataFile>) => new Map([...files].map((f) => [f.path, f.json]));
  let listings: Map<string, string> | undefined;
  const speakers = new Map<string, Map<string, string>>();
  const windows = new Map<number, Map<string, string>>();
  const speakerFiles = (id: string) => {
    const contributions: DigestSpeaker[] = [];
    const refs: string[] = [];
    for (const digest of sorted) {
      if (!digest.speakers.some((s) => s.id === id)) continue;
      for (const [speakerId, contribution, quoteRefs] of speakerRefsOf(digest)) {
        if (speakerId !== id) continue;
        contributions.push(contribution);
        refs.push(...quoteRefs);
      }
    }
    return asMap(contributions.length ? speakerPageFiles(speakerIdentity(contributions), refs) : []);
  };
  return (path) => {
    listings ??= asMap(listingFiles(sorted.map(listedArticle), failures));
    const listed = listings.get(path);
    if (listed !== undefined) return listed;
    const speaker = /^speakers\/([a-z0-9-]+)\/\d+\.json$/.exec(path)?.[1];
    if (speaker !== undefined) {
      if (!speakers.has(speaker)) speakers.set(speaker, speakerFiles(speaker));
      return speakers.get(speaker)?.get(path);
    }
    const search = /^search\/(docs|terms)\/(\d+)\.json$/.exec(path);
    if (!search) return undefined;
    const n = Number(search[2]);
    const w =
      search[1] === 'docs'
        ? Math.floor((n * SEARCH_DOCS_PER_FILE) / SEARCH_WINDOW)
        : Math.floor(n / TERM_FILES_PER_WINDOW);
    if (w > 0 && w * ARTICLES_PER_SEARCH_WINDOW >= sorted.length) return undefined;
    if (!windows.has(w))
      windows.set(
        w,
        asMap(searchWindowFiles(w, sorted.slice(w * ARTICLES_PER_SEARCH_WINDOW, (w + 1) * ARTICLES_PER_SEARCH_WINDOW))),
      );
    return windows.get(w)?.get(path);
  };
}

/** The index, then the library's pages in date and title order, from the articles in date order. */
export function* listingFiles(
  inDateOrder: readonly ListedArticle[],
  failures: readonly IngestFailure[],
): Generator<DataFile> {
  yield {
    path: dataFiles.index,
    json: indexJson(
      inDateOrder,
      failures,
      inDateOrder.slice(0, PAGE_SIZE).map((a) => a.summaryJson),
    ),
  };
  for (const { path, members } of listingPages(inDateOrder))
    yield { path, json: pageJson(members.map((a) => a.summaryJson)) };
  yield* slugMapFiles(inDateOrder);
}

/** What a listing needs of an article besides its summary. */
export type ListedKey = Omit<ListedArticle, 'summaryJson'>;

/** `index.json`, from the articles in date order and the summaries of the first PAGE_SIZE of them. */
export function indexJson(
  inDateOrder: readonly ListedKey[],
  failures: readonly IngestFailure[],
  firstPageSummaries: readonly string[],
): string {
  const tally = new IndexTally();
  for (const article of inDateOrder) tally.add(article);
  return tally.json(failures, firstPageSummaries);
}

/**
 * `index.json` made from the articles one at a time in date order, so a build can stream them
 * instead of holding them all: totals, years, and where each year's search documents start.
 */
export class IndexTally {
  private total = 0;
  private quoteTotal = 0;
  /** Id the next article's first search document would get, and the last article's first id and count. */
  private nextDoc = 0;
  private lastFirstDoc = 0;
  private lastDocs = 0;
  private readonly years: LibraryYear[] = [];

  add(article: ListedKey) {
    const i = this.total++;
    // Each window starts at its own first id; an article past a window's end is clamped to it.
    if (i % ARTICLES_PER_SEARCH_WINDOW === 0) this.nextDoc = (i / ARTICLES_PER_SEARCH_WINDOW) * SEARCH_WINDOW;
    const firstDoc = Math.min(this.nextDoc, windowEnd(i) - 1);
    this.nextDoc += article.docs;
    this.quoteTotal += article.quoteCount;
    this.lastFirstDoc = firstDoc;
    this.lastDocs = article.docs;
    const year = article.date?.slice(0, 4) ?? null;
    const last = this.years.at(-1);
    if (last && last.year === year) last.articles++;
    else this.years.push({ year, articles: 1, firstArticle: i, firstDoc });
  }

  json(failures: readonly IngestFailure[], firstPageSummaries: readonly string[]): string {
    const last = this.total - 1;
    const docEnd = last < 0 ? 0 : Math.min(this.lastFirstDoc + this.lastDocs, windowEnd(last));
    const search: LibraryIndex['search'] = {
      docs: docEnd,
      docsPerFile: SEARCH_DOCS_PER_FILE,
      window: SEARCH_WINDOW,
      buckets: TERM_FILES_PER_WINDOW,
    };
    // Written by hand around the summaries' own JSON: the same bytes as serialising the whole object.
    const head = { total: this.total, quoteTotal: this.quoteTotal, pageSize: PAGE_SIZE };
    const rest = { years: this.years, failures: [...failures], search };
    return `${toJson(head).slice(0, -1)},"articles":[${firstPageSummaries.join(',')}],${toJson(rest).slice(1)}`;
  }
}

/** The library's pages, date order then title order: each page's path and its articles. */
export function listingPages<T extends ListedKey>(
  inDateOrder: readonly T[],
): { path: string; order: LibraryOrder; n: number; members: T[] }[] {
  const inTitleOrder = [...inDateOrder].sort(compareByTitle);
  return [
    ...pages(inDateOrder).map((members, n) => ({
      path: dataFiles.libraryPage('date', n),
      order: 'date' as const,
      n,
      members,
    })),
    ...pages(inTitleOrder).map((members, n) => ({
      path: dataFiles.libraryPage('title', n),
      order: 'title' as const,
      n,
      members,
    })),
  ];
}

/** A library page from its articles' summaries (JSON). */
export const pageJson = (summaries: readonly string[]) => `{"articles":[${summaries.join(',')}]}`;

/** The slug map (`slugs/<n>.json`): how a link to an article's old slug finds its new one. */
export function* slugMapFiles(articles: readonly Pick<ListedArticle, 'slug'>[]): Generator<DataFile> {
  const count = slugFileCount(articles.length);
  const files = Array.from({ length: count }, () => new Map<string, string[]>());
  for (const { slug } of articles) {
    const key = slugKey(slug);
    const file = files[bucketOf(key, count)]!;
    file.set(key, [...(file.get(key) ?? []), slug]);
  }
  for (const [n, slugs] of files.entries())
    yield { path: dataFiles.slugs(n), json: toJson({ slugs: Object.fromEntries(slugs) }) };
}

function pages<T>(articles: readonly T[]): T[][] {
  const out = [];
  for (let i = 0; i < articles.length || i === 0; i += PAGE_SIZE) out.push(articles.slice(i, i + PAGE_SIZE));
  return out;
}

/** Last id + 1 that window of the article at `position` may use. */
const windowEnd = (position: number) => (Math.floor(position / ARTICLES_PER_SEARCH_WINDOW) + 1) * SEARCH_WINDOW;

type DigestSpeaker = ArticleDigest['speakers'][number];

/** What one article gives each of its speakers: its entry for the identity, and its quotes' references (JSON). */
export function speakerRefsOf(digest: ArticleDigest): [string, DigestSpeaker, string[]][] {
  const out = new Map<string, [string, DigestSpeaker, string[]]>();
  for (const s of digest.speakers) if (SLUG_PATTERN.test(s.id) && !out.has(s.id)) out.set(s.id, [s.id, s, []]);
  for (const q of digest.quotes) {
    const entry = q.speakerId === null ? undefined : out.get(q.speakerId);
    entry?.[2].push(quoteRefJson(digest.summary, q));
  }
  return [...out.values()];
}

function quoteRefJson(summary: ArticleSummary, q: DigestQuote): string {
  const { slug, title, date } = summary;
  return toJson({ quoteId: q.id, slug, title, date, kind: q.kind, text: clipQuoteText(q.text), cue: q.cue });
}

/** One identity per speaker id across articles (entries newest first): the fullest name, every alias, the newest role. */
export function speakerIdentity(entries: readonly DigestSpeaker[]): LibrarySpeaker {
  const [first] = entries;
  if (!first) throw new Error('a speaker has at least one article');
  const speaker: LibrarySpeaker = { ...first, aliases: [], articleCount: 0 };
  const names = new Set<string>();
  for (const s of entries) {
    speaker.articleCount++;
    for (const name of [s.name, ...s.aliases]) names.add(name);
    if (s.name.length > speaker.name.length) speaker.name = s.name;
    speaker.role ??= s.role;
    speaker.handle ??= s.handle;
  }
  names.delete(speaker.name);
  speaker.aliases = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 20);
  return speaker;
}

/** A speaker's pages from its quote references (JSON, newest first). */
export function* speakerPageFiles(speaker: LibrarySpeaker, refs: readonly string[]): Generator<DataFile> {
  const pageCount = Math.max(1, Math.ceil(refs.length / PAGE_SIZE));
  const head = toJson({ speaker, total: refs.length, pages: pageCount }).slice(0, -1);
  for (let n = 0; n < pageCount; n++) {
    const quotes = refs.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE).join(',');
    yield { path: dataFiles.speakerPage(speaker.id, n), json: `${head},"quotes":[${quotes}]}` };
  }
}

/** Paths of every search file of window `w` (docs files with documents, and all its term files). */
export function searchWindowPaths(w: number): { docs: (path: string) => boolean; terms: string[] } {
  const perWindow = SEARCH_WINDOW / SEARCH_DOCS_PER_FILE;
  const terms = Array.from({ length: TERM_FILES_PER_WINDOW }, (_, b) =>
    dataFiles.searchTerms(w * TERM_FILES_PER_WINDOW + b),
  );
  return {
    terms,
    docs: (path) => {
      const n = /^search\/docs\/(\d+)\.json$/.exec(path)?.[1];
      return n !== undefined && Math.floor(Number(n) / perWindow) === w;
    },
  };
}

/**
 * Search window `w`: documents numbered from `w * SEARCH_WINDOW` (each article, then its quotes),
 * their files, and the window's term files (every one, empty or not, so the app never meets a 404).
 */
export function searchWindowFiles(w: number, inDateOrder: readonly ArticleDigest[]): DataFile[] {
  const start = w * SEARCH_WINDOW;
  const docs: SearchDoc[] = [];
  const postings = new Map<string, number[]>();
  const post = (terms: Iterable<string>, id: number) => {
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  };
  const add = (terms: Iterable<string>, doc: SearchDoc) => {
    if (docs.length >= SEARCH_WINDOW) return;
    post(terms, start + docs.length);
    docs.push(doc);
  };
  for (const digest of inDateOrder) for (const { doc, terms } of articleSearchDocs(digest)) add(terms, doc);
  const files: DataFile[] = [];
  for (let i = 0; i < docs.length; i += SEARCH_DOCS_PER_FILE) {
    const first = start + i;
    files.push({
      path: dataFiles.searchDocs(first / SEARCH_DOCS_PER_FILE),
      json: toJson({ first, docs: docs.slice(i, i + SEARCH_DOCS_PER_FILE) }),
    });
  }
  const termFiles = Array.from({ length: TERM_FILES_PER_WINDOW }, () => ({
    keys: [] as string[],
    gaps: [] as number[][],
  }));
  for (const [term, ids] of postings) {
    let previous = start;
    // Gaps instead of ids: small numbers, a shorter file.
    const file = termFiles[termsFileOf(term, w, TERM_FILES_PER_WINDOW) - w * TERM_FILES_PER_WINDOW]!;
    file.keys.push(postingKey(term, w));
    file.gaps.push(
      ids.map((id) => {
        const gap = id - previous;
        previous = id;
        return gap;
      }),
    );
  }
  termFiles.forEach((terms, b) =>
    files.push({ path: dataFiles.searchTerms(w * TERM_FILES_PER_WINDOW + b), json: toJson(terms) }),
  );
  return files;
}
