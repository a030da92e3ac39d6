/**
 * Where each of the library's data files lives under `/data/`, and the sizes that keep every file
 * small however large the library grows. The build writes these paths and the app fetches them,
 * so both import them from here. The format of each file is in `../schema.ts`.
 */

/** Summaries per library page, quotes per speaker page. */
export const PAGE_SIZE = 50;
/**
 * Search documents are numbered by window: the articles in date order are cut into windows of
 * ARTICLES_PER_SEARCH_WINDOW, and window `w` numbers its documents from `w * SEARCH_WINDOW`. An edit
 * to one article then renumbers nothing outside its window, so a rebuild rewrites only that
 * window's files. A window holds at most SEARCH_WINDOW documents (the rest are not searchable).
 */
export const ARTICLES_PER_SEARCH_WINDOW = 256;
/** Document ids per window (and per posting window). */
export const SEARCH_WINDOW = 65_536;
/** Document ids per `search/docs/<n>.json` (a divisor of SEARCH_WINDOW, so no file spans two windows). */
export const SEARCH_DOCS_PER_FILE = 512;
/** Term files per window: `term|w` is in file `w * TERM_FILES_PER_WINDOW + bucketOf(key, TERM_FILES_PER_WINDOW)`. */
export const TERM_FILES_PER_WINDOW = 16;

/**
 * Slugs per `slugs/<n>.json`, about: the map from a slug's last segment (made from the file name, so
 * it survives a new title) to the slugs that end with it, split into the power of two of files that
 * keeps each near this size, so an old link finds its article's new slug with one small file.
 */
export const SLUGS_PER_FILE = 256;

export function slugFileCount(total: number): number {
  let files = 1;
  while (files * SLUGS_PER_FILE < total) files *= 2;
  return files;
}

export type LibraryOrder = 'date' | 'title';

export const dataFiles = {
  index: 'index.json',
  libraryPage: (order: LibraryOrder, page: number) => `library/${order}/${page}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  speakerPage: (id: string, page: number) => `speakers/${id}/${page}.json`,
  searchDocs: (file: number) => `search/docs/${file}.json`,
  searchTerms: (bucket: number) => `search/terms/${bucket}.json`,
  slugs: (file: number) => `slugs/${file}.json`,
};

/** The URL the app fetches a data file from. */
export const dataUrl = (path: string) => `/data/${path}`;

/** Ids, slugs and speaker ids are this shape by construction; anything else names no file. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every data path the app may ask for, so servers can tell a data request from a traversal. */
export const DATA_FILE_PATTERN =
  /^(?:index|articles\/[a-z0-9-]+|library\/(?:date|title)\/\d+|speakers\/[a-z0-9-]+\/\d+|search\/(?:docs|terms)\/\d+|slugs\/\d+)\.json$/;

/** Key of a term's postings in one window. */
export function postingKey(term: string, window: number): string {
  return `${term}|${window}`;
}

/** Which `search/terms/<n>.json` holds a term's postings in window `w` (buckets: files per window). */
export function termsFileOf(term: string, window: number, buckets: number): number {
  return window * buckets + bucketOf(postingKey(term, window), buckets);
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
