import { Link } from 'react-router';
import { formatDate } from '../lib/format-date';
import { paths } from '../lib/paths';

export interface QuoteRefItemProps {
  quoteId: string;
  speakerId: string | null;
  speakerName: string | null;
  slug: string;
  title: string;
  date: string | null;
  text: string;
  cue: string | null;
  /** Reported or unmarked speech is shown without quotation marks: they are not the speaker's words. */
  kind: 'direct' | 'unmarked' | 'reported' | 'tweet' | null;
  /** False on a speaker's own page, where every quote is theirs. */
  showSpeaker?: boolean;
}

/**
 * One quote away from its article (a search hit, a speaker page): the words, who said them and
 * where, with a link to the quote in its article. The element carries `data-quote-id` and
 * `data-speaker-id` as the reader's quotes do.
 */
export function QuoteRefItem({ showSpeaker = true, ...q }: QuoteRefItemProps) {
  const quoted = q.kind === 'direct' || q.kind === 'tweet';
  return (
    <article
      data-quote-id={q.quoteId}
      data-speaker-id={q.speakerId ?? ''}
      className="border-l-4 border-sky-700 pl-4 dark:border-sky-400"
    >
      <blockquote className="font-serif text-lg leading-relaxed [overflow-wrap:anywhere]">
        {quoted ? `“${q.text}”` : q.text}
      </blockquote>
      <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">
        {showSpeaker &&
          (q.speakerName && q.speakerId ? (
            <Link to={paths.speaker.href(q.speakerId)} className="font-medium underline-offset-4 hover:underline">
              {q.speakerName}
            </Link>
          ) : (
            <span>Speaker not named</span>
          ))}
        {!quoted && q.cue && (
          <span>
            {showSpeaker ? ' ' : ''}(reported: “{q.cue}”)
          </span>
        )}
        {(showSpeaker || (!quoted && q.cue)) && ' · '}
        <Link
          to={paths.quote.href(q.slug, q.quoteId)}
          className="font-medium text-sky-800 underline underline-offset-4 dark:text-sky-300"
        >
          {q.title}
        </Link>
        {q.date && (
          <>
            {' · '}
            <time dateTime={q.date}>{formatDate(q.date)}</time>
          </>
        )}
      </p>
    </article>
  );
}
