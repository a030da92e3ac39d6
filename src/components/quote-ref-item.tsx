import { Link } from 'react-router';
import { formatDate } from '../lib/format-date';
import { paths } from '../lib/paths';
import { YoursBadge } from './yours-badge';

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
  /**
   * `local`: the quote is in one of the reader's own articles (marked "yours"; its speaker has no
   * page on the server, so the name is not a link).
   */
  origin?: 'local';
}

/**
 * One quote away from its article (a search hit, a speaker page): the words, who said them and
 * where, with a link to the quote in its article. The element carries `data-quote-id` and
 * `data-speaker-id` as the reader's quotes do.
 */
export function QuoteRefItem({ showSpeaker = true, origin, ...q }: QuoteRefItemProps) {
  const quoted = q.kind === 'direct' || q.kind === 'tweet';
  const local = origin === 'local';
  return (
    <article
      data-quote-id={q.quoteId}
      data-speaker-id={q.speakerId ?? ''}
      data-origin={origin}
      className="border-l-4 border-sky-700 pl-4 dark:border-sky-400"
    >
      <blockquote className="font-serif text-lg leading-relaxed [overflow-wrap:anywhere]">
        {quoted ? `“${q.text}”` : q.text}
      </blockquote>
      <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">
        {showSpeaker &&
          (q.speakerName && q.speakerId && local ? (
            <span className="font-medium">{q.speakerName}</span>
          ) : q.speakerName && q.speakerId ? (
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
          data-origin={origin}
          className="font-medium text-sky-800 underline underline-offset-4 dark:text-sky-300"
        >
          {q.title}
        </Link>
        {local && (
          <>
            {' '}
            <YoursBadge />
          </>
        )}
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
