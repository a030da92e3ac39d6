/**
 * The reader's own articles in IndexedDB (`idb`), one record per article. Loaded only when a local
 * article is listed, read, added or deleted: nobody who never adds one pays for this module.
 * Records are checked against the schema on the way out, as the server's JSON is.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ArticleSummarySchema, type ArticleSummary } from '../ingest/library/library-schema';
import { ArticleSchema, type Article } from '../ingest/schema';
import { writeLocalSlugs } from './local-slugs';

export interface LocalArticle {
  slug: string;
  article: Article;
  summary: ArticleSummary;
  /** When it was added, ISO 8601: the library lists the newest first. */
  addedAt: string;
}

interface LocalDb extends DBSchema {
  articles: { key: string; value: LocalArticle };
}

let db: Promise<IDBPDatabase<LocalDb>> | null = null;
const open = () =>
  (db ??= openDB<LocalDb>('verbatim-local', 1, {
    upgrade(database) {
      database.createObjectStore('articles', { keyPath: 'slug' });
    },
  }));

/** A stored record, or null when it is missing or no longer matches the schema. */
function checked(record: LocalArticle | undefined): LocalArticle | null {
  if (!record) return null;
  const article = ArticleSchema.safeParse(record.article);
  const summary = ArticleSummarySchema.safeParse(record.summary);
  if (!article.success || !summary.success) return null;
  return { slug: record.slug, article: article.data, summary: summary.data, addedAt: String(record.addedAt) };
}

export async function getLocalArticle(slug: string): Promise<Article | null> {
  return checked(await (await open()).get('articles', slug))?.article ?? null;
}

/** Every local article, newest first; also brings the quick slug list (local-slugs.ts) up to date. */
export async function listLocalArticles(): Promise<LocalArticle[]> {
  const all = await (await open()).getAll('articles');
  writeLocalSlugs(all.map((r) => r.slug));
  return all.flatMap((r) => checked(r) ?? []).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

/** Stores `records` and removes `removeSlugs`, in one transaction. */
export async function putLocalArticles(records: LocalArticle[], removeSlugs: string[] = []): Promise<void> {
  const tx = (await open()).transaction('articles', 'readwrite');
  await Promise.all([
    ...removeSlugs.map((slug) => tx.store.delete(slug)),
    ...records.map((r) => tx.store.put(r)),
    tx.done,
  ]);
  writeLocalSlugs((await (await open()).getAllKeys('articles')).map(String));
}

export async function deleteLocalArticle(slug: string): Promise<void> {
  const database = await open();
  await database.delete('articles', slug);
  writeLocalSlugs((await database.getAllKeys('articles')).map(String));
}
