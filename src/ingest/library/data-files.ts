/**
 * Where each of the library's data files lives under `/data/`, and the sizes that keep every file
 * small however large the library grows. The build writes these paths and the app fetches them,
 * so both import them from here. The format of each file is in `../schema.ts`.
 */

/** Summaries per library page, quotes per speaker page. */
export const PAGE_SIZE = 50;
/** Search documents per `search/docs/<n>.json`. */
export const SEARCH_DOCS_PER_FILE = 500;
/** Document ids per posting window: a term's postings are stored one window at a time. */
export const SEARCH_WINDOW = 4096;
/** About this many postings per term bucket file; the bucket count is chosen to match. */
export const POSTINGS_PER_BUCKET = 8000;

export type LibraryOrder = 'date' | 'title';

export const dataFiles = {
  index: 'index.json',
  libraryPage: (order: LibraryOrder, page: number) => `library/${order}/${page}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  speakerPage: (id: string, page: number) => `speakers/${id}/${page}.json`,
  searchDocs: (file: number) => `search/docs/${file}.json`,
  searchTerms: (bucket: number) => `search/terms/${bucket}.json`,
};

/** The URL the app fetches a data file from. */
export const dataUrl = (path: string) => `/data/${path}`;

/** Ids, slugs and speaker ids are this shape by construction; anything else names no file. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every data path the app may ask for, so servers can tell a data request from a traversal. */
export const DATA_FILE_PATTERN =
  /^(?:index|articles\/[a-z0-9-]+|library\/(?:date|title)\/\d+|speakers\/[a-z0-9-]+\/\d+|search\/(?:docs|terms)\/\d+)\.json$/;

/** Key of a term's postings in one window. */
export function postingKey(term: string, window: number): string {
  return `${term}|${window}`;
}

/** Which bucket (0 … buckets-1, a power of two) holds a posting key: FNV-1a, the same in Node and browsers. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}
