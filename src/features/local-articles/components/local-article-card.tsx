import { Link } from 'react-router';
import { formatDate } from '../../../lib/format-date';
import { paths } from '../../../lib/paths';
import { exportArticle } from '../export-article';
import type { LocalArticle } from '../../../lib/local-db';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const BUTTON =
  'rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium hover:bg-gray-100 dark:border-gray-600 dark:hover:bg-gray-800';

/** One of the reader's own articles: marked "yours", with export and delete one click away. */
export function LocalArticleCard({
  record,
  onDelete,
}: {
  record: LocalArticle;
  onDelete: (record: LocalArticle) => void;
}) {
  const { summary: a, article } = record;
  return (
    <article aria-labelledby={`title-${a.slug}`}>
      <p className="text-sm">
        <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          Yours
        </span>{' '}
        <span className="text-gray-700 dark:text-gray-300">
          only on this device: links to it open only in this browser
        </span>
      </p>
      <h3 id={`title-${a.slug}`} className="mt-2 font-serif text-2xl font-semibold leading-snug">
        <Link to={paths.article.href(a.slug)} data-origin="local" className="hover:underline">
          {a.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        {[a.date && formatDate(a.date), a.author && `by ${a.author}`, a.dateline, a.source].filter(Boolean).join(' · ')}
      </p>
      {a.speakers.length > 0 && (
        <p className="mt-2 text-gray-800 dark:text-gray-200">
          <span className="font-medium">Speakers:</span> {a.speakers.join(', ')}
        </p>
      )}
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        {plural(a.quoteCount, 'quote')} · {plural(a.tweetCount, 'tweet')}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          onClick={() => exportArticle(article)}
          aria-label={`Export ${a.title} as JSON`}
        >
          Export JSON
        </button>
        <button type="button" className={BUTTON} onClick={() => onDelete(record)} aria-label={`Delete ${a.title}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
