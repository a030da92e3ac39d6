import { useState } from 'react';
import { acceptUpdate } from '../service-worker-state';

/** A new version is ready: switch now (the page reloads), or later (it applies on the next visit). */
export function UpdatePrompt() {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-gray-300 bg-white p-3 text-sm shadow-lg dark:border-gray-600 dark:bg-gray-900"
    >
      <p className="flex-1">A new version of Verbatim is ready.</p>
      <button
        type="button"
        onClick={acceptUpdate}
        className="min-h-11 rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800"
      >
        Reload to update
      </button>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="min-h-11 rounded-md border border-gray-300 px-3 py-1.5 font-medium dark:border-gray-600"
      >
        Later
      </button>
    </div>
  );
}
