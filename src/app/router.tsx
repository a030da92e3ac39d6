import { createBrowserRouter } from 'react-router';
import { LoadingPage } from '../components/loading-page';
import { NotFoundPage } from '../components/not-found-page';
import { paths } from '../lib/paths';
import { libraryLoader, readerLoader } from './loaders';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

const reader = {
  loader: readerLoader,
  lazy: () => import('./routes/reader').then((m) => ({ Component: m.ReaderRoute })),
};

/** Route components load lazily: a first visit downloads only the page it opens. */
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: LoadingPage,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          {
            path: paths.library.pattern,
            loader: libraryLoader,
            lazy: () => import('./routes/library').then((m) => ({ Component: m.LibraryRoute })),
          },
          { path: paths.article.pattern, ...reader },
          { path: paths.quote.pattern, ...reader },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
