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
import { findMovedSlug } from '../lib/slug';
import { queryClient } from './query-client';

/** Puts the reader's own article with this slug (IndexedDB) into the cache; false when there is none. */
async function warmLocalArticle(slug: string): Promise<boolean> {
  const article = await findLocalArticle(slug);
  if (article) queryClient.setQueryData(articleQuery(slug).queryKey, article);
  return article !== null;
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
  // Its schema loads beside the fetch, as the article's does (see get-article.ts).
  const schema = () => import('../ingest/library/library-schema').then((m) => m.LibraryIndexSchema);
  const index = await fetchJson(dataUrls.index, schema).catch(() => null);
  const moved =
    index &&
    findMovedSlug(
      slug,
      index.articles.map((a) => a.slug),
    );
  if (!moved) throw data('article', { status: 404 });
  const search = new URL(request.url).search;
  const to = params.quoteId ? paths.quote.href(moved, params.quoteId) : paths.article.href(moved);
  throw redirect(to + search);
}
