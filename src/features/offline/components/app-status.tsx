import { useEffect, useSyncExternalStore } from 'react';
import { matchPath, useLocation, useNavigation, useRevalidator } from 'react-router';
import { paths } from '../../../lib/paths';
import { isLocalSlug } from '../../../lib/local-slugs';
import { registerServiceWorker, serviceWorkerState } from '../service-worker-state';
import { useOnline } from '../use-online';
import { useRetryWhenOnline } from '../use-retry-when-online';
import { useSavedForOffline } from '../use-saved-for-offline';
import { useHydrated } from '../use-hydrated';
import { useThemeColor } from '../use-theme-color';
import { UpdatePrompt } from './update-prompt';

const PILL = 'inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-semibold';

/** The article the router shows, or null. */
function articleSlug(pathname: string): string | null {
  const match = matchPath(paths.article.pattern, pathname) ?? matchPath(paths.quote.pattern, pathname);
  return match?.params.slug ?? null;
}

/**
 * The header's status: offline, and for an article whether it is kept for offline reading or is one
 * of the reader's own (only on this device); the update prompt. A lazy chunk (root-layout.tsx): it
 * registers the service worker once the page has loaded, so neither costs the first visit anything.
 */
export default function AppStatus() {
  const hydrated = useHydrated();
  const online = useOnline();
  const sw = useSyncExternalStore(serviceWorkerState.subscribe, serviceWorkerState.get, serviceWorkerState.get);
  const slug = articleSlug(useLocation().pathname);
  // The service worker keeps an article as its data arrives: look again once the route has loaded.
  const idle = useNavigation().state === 'idle';
  const revalidator = useRevalidator();
  const local = hydrated && slug !== null && isLocalSlug(slug);
  const { saved, checked, save } = useSavedForOffline(local ? null : slug, `${idle}${revalidator.state}${sw.active}`);
  useThemeColor();

  useEffect(() => {
    const register = () => void registerServiceWorker();
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  // An article read before the service worker took over (the very first visit) is kept as soon as
  // it does.
  useEffect(() => {
    if (sw.active && online && checked && !saved && slug && !local) void save().catch(() => undefined);
  }, [sw.active, online, checked, saved, slug, local, save]);
  const failed = !online && slug !== null && !local && checked && !saved;
  useRetryWhenOnline(revalidator.revalidate);

  // Nothing until hydrated: the prerendered header holds no status, and neither may the first render.
  if (!hydrated) return null;
  return (
    <>
      <span className="flex items-center gap-2">
        {!online && (
          <span
            role="status"
            data-status-pill=""
            className={`${PILL} bg-gray-800 text-white dark:bg-gray-200 dark:text-gray-950`}
          >
            Offline
          </span>
        )}
        {local && (
          <span
            data-status-pill=""
            className={`${PILL} bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50`}
            title="This article is yours: it exists only on this device, and links to it open only in this browser."
          >
            Yours<span className="sr-only sm:not-sr-only"> · only on this device</span>
          </span>
        )}
        {!local && saved && (
          <span
            className={`${PILL} bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50`}
            data-status-pill=""
            data-saved-for-offline="true"
          >
            <span aria-hidden="true">✓</span>
            <span className="sr-only sm:not-sr-only">Saved for offline</span>
          </span>
        )}
      </span>
      {failed && (
        <p
          role="alert"
          className="order-last basis-full rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
        >
          You are offline, and this article is not saved for offline reading. It will load when you are back online.
        </p>
      )}
      {sw.updateReady && <UpdatePrompt />}
    </>
  );
}
