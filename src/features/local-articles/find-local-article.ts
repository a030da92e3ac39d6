/**
 * The reader's hook into local articles (called by the reader's route loader), kept tiny because it
 * ships with the first page: IndexedDB's code loads only when asked, which the loader does for a slug
 * the quick list names, or one the server answered 404 for (the list may be stale).
 */
import type { Article } from '../../ingest/schema';

/** The local article with this slug, or null (also when IndexedDB cannot be opened). */
export const findLocalArticle = (slug: string): Promise<Article | null> =>
  import('../../lib/local-db').then((db) => db.getLocalArticle(slug)).catch(() => null);
