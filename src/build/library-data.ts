/**
 * The library's shared data files, derived from every article's digest: the index with its first
 * page, the pages in date and title order, one set of pages per speaker, and the search index
 * (documents and term buckets). Pure: digests in, `{ path, json }` out; the format is described in
 * src/ingest/schema.ts and the paths in src/ingest/library/data-files.ts.
 */
import {
  dataFiles,
  PAGE_SIZE,
  POSTINGS_PER_BUCKET,
  SEARCH_DOCS_PER_FILE,
  SEARCH_WINDOW,
  SLUG_PATTERN,
  bucketOf,
  postingKey,
} from '../ingest/library/data-files';
import { compareByDate, compareByTitle } from '../ingest/library/library-order';
import { articleSearchDocs, clipQuoteText } from '../ingest/library/search-docs';
import type { IngestFailure } from '../ingest/schema';
import type { LibraryIndex, LibrarySpeaker, LibraryYear, QuoteRef, SearchDoc } from '../ingest/library/library-schema';
import type { ArticleDigest } from './article-digest';

export interface DataFile {
  path: string;
  json: string;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Every shared file of the library (everything but `articles/<slug>.json`), index first, one at a
 * time: a build writes each and lets it go, so the speakers' pages never all stand in memory at once.
 */
export function* libraryDataFiles(
  digests: readonly ArticleDigest[],
  failures: readonly IngestFailure[],
): Generator<DataFile> {
  const byDate = [...digests].sort((a, b) => compareByDate(a.summary, b.summary));
  const search = searchFiles(byDate);
  const index: LibraryIndex = {
    total: byDate.length,
    quoteTotal: byDate.reduce((n, d) => n + d.summary.quoteCount, 0),
    pageSize: PAGE_SIZE,
    articles: byDate.slice(0, PAGE_SIZE).map((d) => d.summary),
    years: libraryYears(byDate, search.firstDocs),
    failures: [...failures],
    search: search.stats,
  };
  const byTitle = [...byDate].sort((a, b) => compareByTitle(a.summary, b.summary));
  yield { path: dataFiles.index, json: toJson(index) };
  for (const [n, articles] of pages(byDate).entries())
    yield { path: dataFiles.libraryPage('date', n), json: toJson({ articles }) };
  for (const [n, articles] of pages(byTitle).entries())
    yield { path: dataFiles.libraryPage('title', n), json: toJson({ articles }) };
  yield* speakerFiles(byDate);
  yield* search.files;
}

function pages(digests: readonly ArticleDigest[]) {
  const out = [];
  for (let i = 0; i < digests.length || i === 0; i += PAGE_SIZE)
    out.push(digests.slice(i, i + PAGE_SIZE).map((d) => d.summary));
  return out;
}

function libraryYears(byDate: readonly ArticleDigest[], firstDocs: readonly number[]): LibraryYear[] {
  const years: LibraryYear[] = [];
  byDate.forEach((d, i) => {
    const year = d.summary.date?.slice(0, 4) ?? null;
    const last = years.at(-1);
    if (last && last.year === year) last.articles++;
    else years.push({ year, articles: 1, firstArticle: i, firstDoc: firstDocs[i] ?? 0 });
  });
  return years;
}

/** One identity per speaker id across articles: the fullest name, every alias, the newest role. */
function* speakerFiles(byDate: readonly ArticleDigest[]): Generator<DataFile> {
  const speakers = new Map<string, { speaker: LibrarySpeaker; names: Set<string>; quotes: QuoteRef[] }>();
  for (const { summary, speakers: inArticle, quotes } of byDate) {
    for (const s of inArticle) {
      if (!SLUG_PATTERN.test(s.id)) continue;
      let entry = speakers.get(s.id);
      if (!entry) {
        entry = {
          speaker: {
            id: s.id,
            name: s.name,
            aliases: [],
            role: s.role,
            handle: s.handle,
            kind: s.kind,
            articleCount: 0,
          },
          names: new Set(),
          quotes: [],
        };
        speakers.set(s.id, entry);
      }
      const { speaker } = entry;
      speaker.articleCount++;
      for (const name of [s.name, ...s.aliases]) entry.names.add(name);
      if (s.name.length > speaker.name.length) speaker.name = s.name;
      speaker.role ??= s.role;
      speaker.handle ??= s.handle;
    }
    for (const q of quotes) {
      const entry = q.speakerId === null ? undefined : speakers.get(q.speakerId);
      entry?.quotes.push({
        quoteId: q.id,
        slug: summary.slug,
        title: summary.title,
        date: summary.date,
        kind: q.kind,
        text: clipQuoteText(q.text),
        cue: q.cue,
      });
    }
  }
  for (const { speaker, names, quotes } of speakers.values()) {
    names.delete(speaker.name);
    speaker.aliases = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 20);
    const pageCount = Math.max(1, Math.ceil(quotes.length / PAGE_SIZE));
    for (let n = 0; n < pageCount; n++) {
      const page = {
        speaker,
        total: quotes.length,
        pages: pageCount,
        quotes: quotes.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE),
      };
      yield { path: dataFiles.speakerPage(speaker.id, n), json: toJson(page) };
    }
  }
}

/** Search documents in date order (each article, then its quotes) and their postings by window. */
function searchFiles(byDate: readonly ArticleDigest[]) {
  const docs: SearchDoc[] = [];
  const firstDocs: number[] = [];
  const postings = new Map<string, number[]>();
  let postingCount = 0;
  const post = (terms: Iterable<string>, id: number) => {
    const window = Math.floor(id / SEARCH_WINDOW);
    for (const term of terms) {
      const key = postingKey(term, window);
      const list = postings.get(key);
      if (list) list.push(id);
      else postings.set(key, [id]);
      postingCount++;
    }
  };
  for (const digest of byDate) {
    firstDocs.push(docs.length);
    for (const { doc, terms } of articleSearchDocs(digest)) {
      post(terms, docs.length);
      docs.push(doc);
    }
  }
  let buckets = 1;
  while (buckets * POSTINGS_PER_BUCKET < postingCount) buckets *= 2;
  const bucketTerms = Array.from({ length: buckets }, () => ({ keys: [] as string[], gaps: [] as number[][] }));
  for (const [key, ids] of postings) {
    const window = Number(key.slice(key.lastIndexOf('|') + 1));
    let previous = window * SEARCH_WINDOW;
    // Gaps instead of ids: small numbers, a shorter file.
    const bucket = bucketTerms[bucketOf(key, buckets)]!;
    bucket.keys.push(key);
    bucket.gaps.push(
      ids.map((id) => {
        const gap = id - previous;
        previous = id;
        return gap;
      }),
    );
  }
  const files: DataFile[] = [];
  for (let first = 0, n = 0; first < docs.length || n === 0; first += SEARCH_DOCS_PER_FILE, n++) {
    files.push({
      path: dataFiles.searchDocs(n),
      json: toJson({ first, docs: docs.slice(first, first + SEARCH_DOCS_PER_FILE) }),
    });
  }
  bucketTerms.forEach((terms, b) => files.push({ path: dataFiles.searchTerms(b), json: toJson(terms) }));
  return {
    files,
    firstDocs,
    stats: { docs: docs.length, docsPerFile: SEARCH_DOCS_PER_FILE, window: SEARCH_WINDOW, buckets },
  };
}
