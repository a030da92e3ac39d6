import { Link } from 'react-router';
import { paths } from '../lib/paths';

/** Shown for unknown articles and unknown addresses, with a way back. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16">
      <title>Not found · Verbatim</title>
      <h1 className="text-3xl font-bold">We could not find that {what}</h1>
      <p className="mt-4 text-gray-700 dark:text-gray-300">It may have been removed, or the address may be mistyped.</p>
      <p className="mt-6">
        <Link to={paths.library.href()} className="font-medium text-sky-700 underline dark:text-sky-300">
          Back to the library
        </Link>
      </p>
    </main>
  );
}
