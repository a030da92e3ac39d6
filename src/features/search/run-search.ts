/**
 * Answers a query from the split search index (format in src/ingest/schema.ts): the query's terms
 * (and the chosen speaker's term) are looked up one posting window at a time, newest window first,
 * and intersected; it stops as soon as a screen of hits is found when sorting by date, so a common
 * word costs a few small files, not the whole index.
 */
import { postingKey, termsFileOf } from '../../ingest/library/data-files';
import { searchTerms, speakerTerm } from '../../ingest/library/search-terms';
import {
  PostingListSchema,
  SearchDocSchema,
  type LibraryIndex,
  type SearchDoc,
} from '../../ingest/library/library-schema';
import { DataShapeError } from '../../lib/fetch-json';

/**
 * The index's files as fetched, their entries not yet checked: a query checks only the posting
 * lists and documents it reads (a file holds thousands; checking them all cost more than the rest
 * of a search).
 */
export interface SearchSource {
  index: Pick<LibraryIndex, 'search' | 'years'>;
  /** A bucket's posting lists: `term|window` → gaps. */
  terms: (bucket: number) => Promise<{ get(key: string): unknown }>;
  docs: (file: number) => Promise<{ first: number; docs: readonly unknown[] }>;
}

export interface SearchQuery {
  q: string;
  speaker: string | null;
  /** Years, inclusive (`2021`); null: open. */
  from: string | null;
  to: string | null;
  sort: 'date' | 'title';
  limit: number;
}

export interface SearchHit extends SearchDoc {
  id: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every match was looked at (false: "show more" may find more). */
  complete: boolean;
}

/** Posting windows read at once, at most (browsers open about six connections to a server). */
const MAX_BATCH = 8;

/** When sorting by title every hit must be read; beyond this many, only the newest are sorted. */
export const MAX_TITLE_SORTED = 1000;

export interface SearchOptions {
  /** Read at most this many posting windows (warming the cache while the words are typed). */
  windows?: number;
  /** Asked before each batch of windows: true stops the search there (the words have changed). */
  stop?: () => boolean;
}

export async function runSearch(
  source: SearchSource,
  query: SearchQuery,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const terms = searchTerms(query.q);
  if (query.speaker) terms.push(speakerTerm(query.speaker));
  if (terms.length === 0) return { hits: [], complete: true };
  const { window, buckets, docs, docsPerFile } = source.index.search;
  const [lo, hi] = docRange(source.index, query.from, query.to, docs);
  const want = query.sort === 'date' ? query.limit : MAX_TITLE_SORTED;
  const ids: number[] = [];
  let complete = true;
  const firstWindow = Math.floor(lo / window);
  const end = Math.min(Math.ceil(hi / window), firstWindow + (options.windows ?? Infinity));
  // Windows are read newest first, a batch at a time: one window for a common word (it fills the
  // screen), then 2, 4, 8 at once for rare words, whose lists are spread over every window, so a
  // query costs a few round trips, not one per window.
  let batch = 1;
  for (let w = firstWindow; w < end && ids.length <= want; w += batch, batch = Math.min(batch * 2, MAX_BATCH)) {
    if (options.stop?.()) break;
    const windows = Array.from({ length: Math.min(batch, end - w) }, (_, k) => w + k);
    const lists = await Promise.all(
      windows.map((v) => Promise.all(terms.map((t) => postings(source, t, v, window, buckets)))),
    );
    for (const perTerm of lists) for (const id of intersect(perTerm)) if (id >= lo && id < hi) ids.push(id);
  }
  const chosen = ids.slice(0, want);
  if (ids.length > want) complete = false;
  const files = [...new Set(chosen.map((id) => Math.floor(id / docsPerFile)))];
  const loaded = new Map((await Promise.all(files.map((f) => source.docs(f)))).map((d) => [d.first, d.docs]));
  let hits = chosen
    .map((id) => {
      const first = Math.floor(id / docsPerFile) * docsPerFile;
      const doc = loaded.get(first)?.[id - first];
      return doc === undefined ? null : { ...checked(SearchDocSchema, doc, `search document ${id}`), id };
    })
    .filter((h): h is SearchHit => h !== null);
  if (query.sort === 'title') hits = hits.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id - b.id);
  return { hits: hits.slice(0, query.limit), complete: complete && hits.length <= query.limit };
}

/** Document ids of the years from `from` to `to`: documents are numbered newest first. */
export function docRange(
  index: Pick<LibraryIndex, 'years'>,
  from: string | null,
  to: string | null,
  docs: number,
): [number, number] {
  let lo = 0;
  let hi = docs;
  const years = index.years;
  years.forEach((y, i) => {
    const end = years[i + 1]?.firstDoc ?? docs;
    if (to && y.year !== null && y.year > to) lo = Math.max(lo, end);
    if (from && (y.year === null || y.year < from)) hi = Math.min(hi, y.firstDoc);
  });
  return [lo, Math.max(lo, hi)];
}

async function postings(
  source: SearchSource,
  term: string,
  w: number,
  window: number,
  buckets: number,
): Promise<number[]> {
  const key = postingKey(term, w);
  const list = (await source.terms(termsFileOf(term, w, buckets))).get(key);
  const gaps = list === undefined ? [] : checked(PostingListSchema, list, `posting list ${key}`);
  let id = w * window;
  return gaps.map((gap) => (id += gap));
}

function checked<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new DataShapeError(`The search index's ${what} does not match the schema`);
  return result.data;
}

/** Ids present in every list (each ascending). */
function intersect(lists: number[][]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [shortest = [], ...rest] = sorted;
  const sets = rest.map((l) => new Set(l));
  return shortest.filter((id) => sets.every((s) => s.has(id)));
}
