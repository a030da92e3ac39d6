import { createBrowserRouter, matchRoutes } from 'react-router';
import { fetchUncheckedJson } from '../lib/fetch-json';
import { queryClient } from './query-client';
import type { PageState } from './page-state';
import { routes } from './routes';

type BrowserRouter = ReturnType<typeof createBrowserRouter>;

/**
 * The browser router. With the state a prerendered page carries, the page's data files are fetched
 * into the query cache and its lazy routes loaded first, so the first render matches the HTML (no
 * loading screen, no flash). The files are not checked against the schemas: the build checked them
 * and rendered this very HTML from them, and the schema code stays out of the first download. It
 * resolves null when a file cannot be read (offline with nothing cached, say): the prerendered page
 * is then left as it is, readable, rather than replaced by an error; missing code is thrown, for
 * the one reload that fetches the new deploy's HTML. Without state (dev server, the not-found page)
 * it loads like any SPA.
 */
export async function createRouter(state: PageState | null): Promise<BrowserRouter | null> {
  if (!state) return createBrowserRouter(routes);
  const data = Promise.all(
    state.sources.map(async ([key, url]) => queryClient.setQueryData(key, await fetchUncheckedJson(url))),
  ).then(
    () => true,
    (error: unknown) => {
      console.warn('Verbatim: the page stays as prerendered:', error);
      return false;
    },
  );
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
  if (!(await data)) return null;
  return createBrowserRouter(routes, { hydrationData: { loaderData: state.loaderData } });
}
