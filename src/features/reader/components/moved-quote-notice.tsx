import { Link } from 'react-router';
import type { Quote } from '../../../ingest/schema';
import { paths } from '../../../lib/paths';
import type { QuoteLookup } from '../find-moved-quote';

const BOX = 'mr-4 mb-6 rounded-lg border p-3';
const AMBER = `${BOX} border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50`;

/**
 * What a shared link found when its quote changed since: the quote, marked as edited, with the
 * wording the link was made for beside today's; or, for a quote that is gone, the speaker's other
 * quotes. `oldWords` are the first words the link carried.
 */
export function MovedQuoteNotice({
  lookup,
  slug,
  oldWords,
  speakerName,
}: {
  lookup: Exclude<QuoteLookup, { status: 'found' }>;
  slug: string;
  oldWords: string | null;
  speakerName: (q: Quote) => string;
}) {
  if (lookup.status === 'gone') {
    return (
      <div role="alert" className={AMBER}>
        <p>This quote is no longer in the article.</p>
        {lookup.nearby.length > 0 && (
          <>
            <p className="mt-2">Closest quotes by the same speaker:</p>
            <ul className="mt-1 list-disc pl-5">
              {lookup.nearby.map((q) => (
                <li key={q.id}>
                  <Link to={paths.quote.href(slug, q.id)} className="underline">
                    “{q.text.length > 120 ? `${q.text.slice(0, 119)}…` : q.text}”
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  const what =
    lookup.wordsChanged && lookup.speakerChanged
      ? 'This quote and its speaker’s name were'
      : lookup.wordsChanged
        ? 'This quote was'
        : 'The speaker’s name was';
  return (
    <div role="status" className={AMBER}>
      <p>{what} edited since this link was shared. It is highlighted below.</p>
      <details className="mt-2">
        <summary className="cursor-pointer font-medium underline">Show the wording then and now</summary>
        <dl className="mt-2 space-y-1 text-sm">
          {oldWords && (
            <div>
              <dt className="inline font-semibold">The link was made for: </dt>
              <dd className="inline">“{oldWords}…”</dd>
            </div>
          )}
          <div>
            <dt className="inline font-semibold">Now: </dt>
            <dd className="inline">
              “{lookup.quote.text}” — {speakerName(lookup.quote)}
            </dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
