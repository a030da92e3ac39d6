import { Link } from 'react-router';
import type { ArticleSummary } from '../../../ingest/library/library-schema';
import { formatDate } from '../../../lib/format-date';
import { paths } from '../../../lib/paths';
import { plural } from '../../../lib/plural';

/** One article in the library: what it is, who speaks in it, how much. */
export function ArticleCard({ article: a }: { article: ArticleSummary }) {
  return (
    <article aria-labelledby={`title-${a.slug}`}>
      <h2 id={`title-${a.slug}`} className="font-serif text-2xl font-semibold leading-snug">
        <Link to={paths.article.href(a.slug)} className="hover:underline">
          {a.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        {[
          a.date && (
            <time key="d" dateTime={a.date}>
              {formatDate(a.date)}
            </time>
          ),
          a.author && <span key="a">by {a.author}</span>,
          a.dateline && <span key="p">{a.dateline}</span>,
        ]
          .filter(Boolean)
          .flatMap((el, i) =>
            i === 0
              ? [el]
              : [
                  <span key={`s${i}`} aria-hidden="true">
                    {' '}
                    ·{' '}
                  </span>,
                  el,
                ],
          )}
      </p>
      {a.speakers.length > 0 && (
        <p className="mt-2 text-gray-800 dark:text-gray-200">
          <span className="font-medium">Speakers:</span> {a.speakers.map((s) => s.name).join(', ')}
        </p>
      )}
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        {plural(a.quoteCount, 'quote')} · {plural(a.tweetCount, 'tweet')}
      </p>
    </article>
  );
}
