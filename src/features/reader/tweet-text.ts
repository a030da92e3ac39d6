/** A tweet's words split into plain text and entities (hashtag, mention, link) with safe hrefs. */
import type { TweetEntity } from '../../ingest/schema';
import { safeHref } from '../../lib/safe-href';

export type TweetPart = { type: 'text'; text: string } | { type: TweetEntity['type']; text: string; href: string };

/**
 * Splits `text[from, to)` by the stored entities. Entities out of range, overlapping an earlier
 * one, or without an http(s) href stay plain text; an entity cut by the range is cut too.
 */
export function splitTweetText(
  text: string,
  entities: readonly TweetEntity[],
  from = 0,
  to = text.length,
): TweetPart[] {
  const sorted = [...entities]
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .sort((a, b) => a.start - b.start);
  const parts: TweetPart[] = [];
  let pos = from;
  let lastEnd = 0;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    lastEnd = e.end;
    const href = safeHref(e.href);
    const start = Math.max(e.start, from);
    const end = Math.min(e.end, to);
    if (!href || start >= end) continue;
    if (start > pos) parts.push({ type: 'text', text: text.slice(pos, start) });
    parts.push({ type: e.type, text: text.slice(start, end), href });
    pos = end;
  }
  if (pos < to) parts.push({ type: 'text', text: text.slice(pos, to) });
  return parts;
}
