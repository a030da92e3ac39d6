import { Link } from 'react-router';
import { libraryViewParams, type LibraryView } from '../library-view';

const LINK =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-gray-300 px-3 hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800';

/** Previous / next and where we are; every page has its own URL. */
export function LibraryPager({ view, pages }: { view: LibraryView; pages: number }) {
  if (pages <= 1) return null;
  const page = Math.min(view.page, pages - 1);
  const href = (p: number) => `/${libraryViewParams({ ...view, page: p })}`;
  return (
    <nav aria-label="Library pages" className="mt-8 flex items-center justify-between gap-4">
      {page > 0 ? (
        <Link className={LINK} to={href(page - 1)} rel="prev">
          ← Newer page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-gray-700 dark:text-gray-300">
        Page {page + 1} of {pages}
      </span>
      {page < pages - 1 ? (
        <Link className={LINK} to={href(page + 1)} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
