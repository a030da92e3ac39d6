import { useState, useSyncExternalStore } from 'react';
import { serviceWorkerState } from '../service-worker-state';
import { useSavedForOffline } from '../use-saved-for-offline';

const ROW = 'mt-2 flex min-h-9 items-center text-sm';

/**
 * Beside an article in the library: "Saved for offline", or a button that saves it without opening
 * it. Nothing where the browser cannot keep pages (no service worker controls the page yet).
 */
export function SaveForOffline({ slug, title }: { slug: string; title: string }) {
  const sw = useSyncExternalStore(serviceWorkerState.subscribe, serviceWorkerState.get, serviceWorkerState.get);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const { saved, checked, save } = useSavedForOffline(slug, sw.active);

  // The row keeps its height whatever it holds (nothing until the check is done, or where pages
  // cannot be kept), so the list never shifts under the reader or under a restored scroll position.
  if (!checked || (!saved && !sw.active)) return <p className={ROW} />;
  if (saved) {
    return (
      <p className={`${ROW} font-medium text-emerald-800 dark:text-emerald-300`} data-saved-for-offline="true">
        <span aria-hidden="true">✓ </span>Saved for offline
      </p>
    );
  }
  const onClick = () => {
    setBusy(true);
    setProblem('');
    save()
      .catch((error: unknown) =>
        setProblem(`Could not save: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false));
  };
  return (
    <p className={ROW}>
      <button
        type="button"
        onClick={onClick}
        disabled={busy}
        aria-label={`Save ${title} for offline reading`}
        className="rounded-md border border-gray-300 px-3 py-1.5 font-medium hover:bg-gray-100 disabled:opacity-70 dark:border-gray-600 dark:hover:bg-gray-800"
      >
        {busy ? 'Saving…' : 'Save for offline'}
      </button>
      {problem && (
        <span role="alert" className="ml-2 text-red-800 dark:text-red-300">
          {problem}
        </span>
      )}
    </p>
  );
}
