/** Splits a tweet's text into hashtags, mentions and links once, so the UI never parses it again. */
import type { TweetEntity } from '../schema';

const ENTITY =
  /(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)|(?<![\p{L}\p{N}_/])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])|\bhttps?:\/\/\S+/gu;
// A URL we are willing to render as a link: plain characters only, nothing that could close an attribute.
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~%!$&*+,;=:@/?#]*)?$/;

/** Whether a text holds what every entity starts with: a "#", an "@" or "http". */
const mayHoldEntity = (text: string) => text.includes('#') || text.includes('@') || text.includes('http');

export function findTweetEntities(text: string): TweetEntity[] {
  const out: TweetEntity[] = [];
  // (The pattern tries its look-behinds at every character: a tweet with none of these is done.)
  if (!mayHoldEntity(text)) return out;
  // (An exec loop on the one pattern, not matchAll, which builds a copy of the pattern and an
  // iterator for every tweet.)
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
    const start = m.index;
    if (m[1] !== undefined) {
      out.push({
        type: 'hashtag',
        start,
        end: start + m[0].length,
        text: m[0],
        href: `https://x.com/hashtag/${encodeURIComponent(m[1])}`,
      });
    } else if (m[2] !== undefined) {
      out.push({ type: 'mention', start, end: start + m[0].length, text: m[0], href: `https://x.com/${m[2]}` });
    } else {
      const url = m[0].replace(/[.,;:!?)\]]+$/, '');
      if (SAFE_URL.test(url)) out.push({ type: 'url', start, end: start + url.length, text: url, href: url });
    }
  }
  return out;
}
