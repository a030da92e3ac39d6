/**
 * Renders one route to HTML at build time with React Router's static handler and the same route
 * tree the browser hydrates. The data the loaders would fetch is put in the query cache first, so
 * nothing is fetched; the page state returned names the data files the browser reads to hydrate.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { PageState } from '../app/page-state';
import { queryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { libraryQuery } from '../lib/library-index';
import { dataUrls } from '../lib/paths';
import { articleQuery } from '../features/reader/api/get-article';
import type { LibraryIndex } from '../ingest/library/library-schema';
import type { Article } from '../ingest/schema';

export interface RenderedPage {
  status: number;
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /** Null for an error page: the browser renders those afresh. */
  state: PageState | null;
}

/** What a page's loaders read: the library index for the library, one article for its pages. */
export interface PageData {
  index?: LibraryIndex;
  article?: Article;
}

const handler = createStaticHandler(routes);

export async function renderPage(pathname: string, data: PageData): Promise<RenderedPage> {
  // One page at a time: the cache holds this page's data only, so a big library never piles up.
  queryClient.clear();
  if (data.index) queryClient.setQueryData(libraryQuery().queryKey, data.index);
  if (data.article) queryClient.setQueryData(articleQuery(data.article.slug).queryKey, data.article);
  const context = await handler.query(new Request(new URL(pathname, 'http://prerender.invalid')));
  if (context instanceof Response)
    throw new Error(`${pathname} answered ${context.status} ${context.headers.get('location') ?? ''}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const tree = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>
  );
  let html = renderToString(tree);
  // A lazy part (the deep-link card) is not loaded the first time it renders, and renderToString
  // leaves its boundary to the client, which would make the page grow after load. React's
  // prerender waits for it (its streamed output needs inline script, so it is only the warm-up);
  // from then on the part renders at once.
  if (html.includes('<!--$!-->')) {
    const { prelude } = await prerenderToNodeStream(tree);
    for await (const chunk of prelude) void chunk;
    html = renderToString(tree);
  }
  const sources: PageState['sources'] = [];
  if (data.index) sources.push([libraryQuery().queryKey, dataUrls.index]);
  if (data.article) sources.push([articleQuery(data.article.slug).queryKey, dataUrls.article(data.article.slug)]);
  const ok = context.statusCode < 400 && !context.errors;
  return { status: context.statusCode, html, state: ok ? { loaderData: context.loaderData, sources } : null };
}
