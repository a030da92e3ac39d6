/**
 * What the service worker keeps and where: shared by the worker (which fills the caches) and the page
 * (which asks whether an article is saved and asks the worker to save one).
 */
export const OFFLINE_CACHES = {
  /** `/data/articles/<slug>.json` of every article read or saved. */
  articles: 'verbatim-articles',
  /** Built pages (HTML) of the articles and the library, by path without the query. */
  pages: 'verbatim-pages',
  /** Card images and other images the pages show. */
  images: 'verbatim-images',
  /** Hunspell dictionaries and word lists the ingest worker fetched (hashed, so never stale). */
  dictionaries: 'verbatim-dictionaries',
  /** Other data files (the library index and whatever else the library loads), newest seen. */
  data: 'verbatim-data',
} as const;

/** The message the page sends to save an article without opening it; the reply is a SaveReply. */
export interface SaveArticleMessage {
  type: 'save-article';
  slug: string;
}

export type SaveReply = { ok: true } | { ok: false; error: string };

/** The message that lets a waiting new version take over (the reader accepted the update). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** `/data/articles/<slug>.json` → slug; null for any other path. */
export function articleSlugOfData(pathname: string): string | null {
  const m = /^\/data\/articles\/([^/]+)\.json$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}
