import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { ShortcutsButton } from '../components/shortcuts-button';
import { SettingsButton } from '../components/settings-button';
import { paths } from '../lib/paths';

// Offline state, saved marks and the service worker: a lazy chunk, outside the first page's JS.
const AppStatus = lazy(() => import('../features/offline/components/app-status'));

const HEADER_BUTTON = 'toolbar-button';

export function RootLayout() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // A new page starts at the top; Back and Forward keep the browser's own scroll restoration, and
  // a change of the speaker filter (same path) does not move the page, whatever its navigation type.
  const scrolledFor = useRef(pathname);
  useLayoutEffect(() => {
    if (scrolledFor.current === pathname) return;
    scrolledFor.current = pathname;
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
  // A prerendered page looks ready before React has hydrated it: say when clicks will count (tests wait for it).
  useEffect(() => document.documentElement.setAttribute('data-hydrated', ''), []);

  return (
    <div className="min-h-screen bg-white text-gray-900 dark:bg-gray-950 dark:text-gray-100">
      <header className="border-b border-gray-200 dark:border-gray-800">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-sky-700 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        {/* Narrow gaps on a phone: the logo, Library, the status pills and Settings fit one row at 375 px. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
          <Link
            to={paths.library.href()}
            className="inline-flex min-h-11 items-center font-serif text-xl font-bold tracking-tight"
          >
            <span aria-hidden="true" className="text-sky-700 dark:text-sky-300">
              “
            </span>
            Verbatim
          </Link>
          <nav aria-label="Site" className="text-sm">
            <Link
              to={paths.library.href()}
              className="inline-flex min-h-11 min-w-11 items-center justify-center underline-offset-4 hover:underline"
            >
              Library
            </Link>
          </nav>
          <Suspense>
            <AppStatus />
          </Suspense>
          <div className="ml-auto flex items-center gap-2">
            <ShortcutsButton className={`hidden sm:inline-flex ${HEADER_BUTTON}`} />
            <SettingsButton className={HEADER_BUTTON} />
          </div>
        </div>
      </header>
      <Outlet />
    </div>
  );
}
