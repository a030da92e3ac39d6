import { Link } from 'react-router';

const LINK =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-gray-300 px-3 hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800';

/** Previous / next and where we are, for any list served a page at a time; every page has its own URL. */
export function Pager({
  label,
  page,
  pages,
  href,
  previousText,
  nextText,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previousText: string;
  nextText: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4">
      {page > 0 ? (
        <Link className={LINK} to={href(page - 1)} rel="prev">
          ← {previousText}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-gray-700 dark:text-gray-300">
        Page {page + 1} of {pages}
      </span>
      {page < pages - 1 ? (
        <Link className={LINK} to={href(page + 1)} rel="next">
          {nextText} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
