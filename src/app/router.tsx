import { createBrowserRouter, matchRoutes } from 'react-router';
import { queryClient } from './query-client';
import type { PageState } from './page-state';
import { routes } from './routes';

/**
 * The browser router. With the state a prerendered page carries, the query cache is filled and the
 * page's lazy routes are loaded first, so the first render matches the HTML (no loading screen, no
 * flash); without it (dev server, the not-found page) it loads like any SPA.
 */
export async function createRouter(state: PageState | null) {
  if (!state) return createBrowserRouter(routes);
  for (const [key, data] of state.queries) queryClient.setQueryData(key, data);
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
  return createBrowserRouter(routes, { hydrationData: { loaderData: state.loaderData } });
}
