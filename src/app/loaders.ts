/**
 * The reader's loader lives in the entry chunk: the article request starts at once, in parallel
 * with the lazy route's code, instead of waiting for it. The library, search and speaker pages carry
 * their loaders in their own lazy chunks, so a reader page's first visit does not download them.
 */
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { articleQuery } from '../features/reader/api/get-article';
import { findLocalArticle } from '../features/local-articles/find-local-article';
import { fetchJson, NotFoundError } from '../lib/fetch-json';
import { isLocalSlug } from '../lib/local-slugs';
import { dataUrls, paths } from '../lib/paths';
import { findMovedSlug, slugKey } from '../lib/slug';
import { bucketOf, dataFiles, dataUrl, slugFileCount } from '../ingest/library/data-files';
import { queryClient } from './query-client';

/** Puts the reader's own article with this slug (IndexedDB) into the cache; false when there is none. */
async function warmLocalArticle(slug: string): Promise<boolean> {
  const article = await findLocalArticle(slug);
  if (article) queryClient.setQueryData(articleQuery(slug).queryKey, article);
  return article !== null;
}

/**
 * Slugs of the library that end like this one (made from the same file name): looked up in the
 * slug map file that holds its last segment, which the index's total says how to find.
 */
async function slugsLike(slug: string): Promise<string[]> {
  // The schemas load beside the fetches, as the article's does (see get-article.ts).
  const schemas = import('../ingest/library/library-schema');
  const index = await fetchJson(dataUrls.index, () => schemas.then((m) => m.LibraryIndexSchema)).catch(() => null);
  if (!index) return [];
  const count = slugFileCount(index.total);
  const file = dataUrl(dataFiles.slugs(bucketOf(slugKey(slug), count)));
  const map = await fetchJson(file, () => schemas.then((m) => m.SlugMapSchema)).catch(() => null);
  return map?.slugs[slugKey(slug)] ?? [];
}

/**
 * Warms the article: one of the reader's own (IndexedDB, never asked of the server), else the
 * server's; an unknown slug whose file is known under a new title redirects there.
 */
export async function readerLoader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    if (isLocalSlug(slug) && (await warmLocalArticle(slug))) return null;
    await queryClient.ensureQueryData(articleQuery(slug));
    return null;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    if (await warmLocalArticle(slug)) return null;
  }
  const moved = findMovedSlug(slug, await slugsLike(slug));
  if (!moved) throw data('article', { status: 404 });
  const search = new URL(request.url).search;
  const to = params.quoteId ? paths.quote.href(moved, params.quoteId) : paths.article.href(moved);
  throw redirect(to + search);
}
