/**
 * The route tree, shared by the browser router (src/app/router.tsx) and the build's static handler
 * (src/server/render-page.tsx), so a prerendered page and the page the browser hydrates are one tree
 * with the same route ids.
 */
import type { RouteObject, ShouldRevalidateFunction } from 'react-router';
import { LoadingPage } from '../components/loading-page';
import { NotFoundPage } from '../components/not-found-page';
import { paths } from '../lib/paths';
import { readerLoader } from './loaders';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * A change of the query string alone (the speaker filter, a shared link's words) needs no loader:
 * the article is the same, so the filter renders at once instead of after a round through the loader.
 */
const sameArticle: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;

const reader = {
  loader: readerLoader,
  shouldRevalidate: sameArticle,
  lazy: () => import('./routes/reader').then((m) => ({ Component: m.ReaderRoute })),
};

/** A quote's page also shows the deep-link card: its code comes with the route's, before hydration. */
const quoteReader = {
  loader: readerLoader,
  shouldRevalidate: sameArticle,
  lazy: () =>
    Promise.all([
      import('./routes/reader'),
      import('../features/reader/components/deep-link-card-lazy').then((m) => m.preloadDeepLinkCard()),
    ]).then(([m]) => ({ Component: m.ReaderRoute })),
};

/** Route components load lazily: a first visit downloads only the page it opens. */
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: LoadingPage,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          // Each of these modules exports its `loader` and `Component`, so its data code loads with it.
          // The library (`/`) and search (`/search`): one route, its segment optional, so a search
          // from the library's box keeps the page (see routes/library-and-search.tsx).
          { path: `${paths.search.pattern}?`, lazy: () => import('./routes/library-and-search') },
          { path: paths.speaker.pattern, lazy: () => import('./routes/speaker') },
          { path: paths.article.pattern, ...reader },
          { path: paths.quote.pattern, ...quoteReader },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
