import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { useEffect } from 'react';
import { LoadingPage } from '../components/loading-page';
import { NotFoundPage } from '../components/not-found-page';
import { isChunkLoadError, reloadedAlready, reloadOnce } from './reload-once';

/** Not found → a way back; anything else → what went wrong and a Retry that reruns the loaders. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  // A route's code that failed to load (a new deploy) gets one reload: Retry would ask for the same
  // missing file again.
  const chunk = isChunkLoadError(error);
  useEffect(() => {
    if (chunk) reloadOnce();
  }, [chunk]);
  if (chunk && !reloadedAlready()) return <LoadingPage />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage what={String(error.data ?? 'page')} />;
  const message = error instanceof Error ? error.message : 'Unknown error';
  const busy = revalidator.state === 'loading';
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16">
      <title>Error · Verbatim</title>
      <h1 className="text-3xl font-bold">This page could not be loaded</h1>
      <p className="mt-4 text-gray-700 dark:text-gray-300">
        The connection may have dropped, or the data may be damaged.
      </p>
      <pre className="mt-4 overflow-x-auto whitespace-pre-wrap rounded bg-gray-100 p-3 text-sm text-gray-800 dark:bg-gray-900 dark:text-gray-200">
        {message}
      </pre>
      <button
        type="button"
        onClick={() => void revalidator.revalidate()}
        disabled={busy}
        className="mt-6 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-70"
      >
        {busy ? 'Retrying…' : 'Retry'}
      </button>
    </main>
  );
}
