import type { ReactNode } from 'react';
import type { Repair, Tweet } from '../../../ingest/schema';
import { Avatar } from '../../../components/avatar';
import { formatDate } from '../../../lib/format-date';
import { accountHref, safeHref } from '../../../lib/safe-href';
import type { Segment } from '../segments';
import { colorOf } from '../reader-model';
import { splitTweetText } from '../tweet-text';
import { RepairedText } from './repaired-text';
import { SegmentsView, type SegmentContext } from './segment-view';

const EXTERNAL = { rel: 'noopener noreferrer nofollow', target: '_blank' } as const;
const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** A tweet drawn from stored data: no third-party script, no iframe. */
export function TweetCard({
  tweet,
  segments,
  ctx,
  repairs,
  children,
}: {
  tweet: Tweet;
  segments: Segment[];
  ctx: SegmentContext;
  repairs: readonly Repair[];
  children?: ReactNode;
}) {
  const account = accountHref(tweet.handle);
  const media = safeHref(tweet.link);
  const lang = tweet.lang && primary(tweet.lang) !== primary(ctx.model.article.language) ? tweet.lang : undefined;
  const color = colorOf(ctx.model, tweet.speakerId);
  return (
    <figure
      id={tweet.id}
      data-tweet-handle={tweet.handle ?? ''}
      className="not-prose my-8 rounded-xl border font-sans border-gray-300 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900"
    >
      <figcaption className="flex items-center gap-3">
        <Avatar name={tweet.displayName || tweet.handleText} className={color} />
        <span className="min-w-0 flex-1 leading-tight">
          <span className="block truncate font-semibold">{tweet.displayName}</span>
          {account ? (
            <a href={account} {...EXTERNAL} className="entity-link text-sm">
              @{tweet.handle}
            </a>
          ) : (
            <span className="muted">{tweet.handleText}</span>
          )}
        </span>
        {tweet.date ? (
          <time dateTime={tweet.date} className="shrink-0 muted">
            {formatDate(tweet.date)}
          </time>
        ) : (
          tweet.dateText && <span className="shrink-0 muted">{tweet.dateText}</span>
        )}
      </figcaption>
      <blockquote lang={lang} className="mt-3 text-lg leading-relaxed wrap-break-word">
        <SegmentsView
          segments={segments}
          ctx={ctx}
          renderText={(start, end) => {
            let at = start;
            return splitTweetText(tweet.text, tweet.entities, start, end).map((part, i) => {
              const from = at;
              at += part.text.length;
              return part.type === 'text' ? (
                <RepairedText key={i} text={part.text} from={from} repairs={repairs} />
              ) : (
                <a key={i} href={part.href} {...EXTERNAL} className="entity-link">
                  {part.text}
                </a>
              );
            });
          }}
        />
      </blockquote>
      {children}
      {media && (
        <p className="mt-3 text-sm">
          <a href={media} {...EXTERNAL} className="entity-link">
            View the picture{tweet.linkText ? ` (${tweet.linkText})` : ''}
          </a>
        </p>
      )}
    </figure>
  );
}
