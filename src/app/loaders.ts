/**
 * Route loaders live in the entry chunk: the data request starts at once, in parallel with the
 * lazy route's code, instead of waiting for it.
 */
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { libraryQuery } from '../features/library/api/get-library';
import { libraryViewQuery } from '../features/library/api/get-library-view';
import { parseLibraryView } from '../features/library/library-view';
import { articleQuery } from '../features/reader/api/get-article';
import { NotFoundError } from '../lib/fetch-json';
import { paths } from '../lib/paths';
import { findMovedSlug } from '../lib/slug';
import { queryClient } from './query-client';

export async function libraryLoader({ request }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(libraryViewQuery(parseLibraryView(new URL(request.url).searchParams)));
  return null;
}

/** Warms the article; an unknown slug whose file is known under a new title redirects there. */
export async function readerLoader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    await queryClient.ensureQueryData(articleQuery(slug));
    return null;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const index = await queryClient.ensureQueryData(libraryQuery()).catch(() => null);
  const moved = index && findMovedSlug(slug, index.articles.map((a) => a.slug));
  if (!moved) throw data('article', { status: 404 });
  const search = new URL(request.url).search;
  const to = params.quoteId ? paths.quote.href(moved, params.quoteId) : paths.article.href(moved);
  throw redirect(to + search);
}
