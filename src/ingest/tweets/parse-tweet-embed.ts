/**
 * Twitter's plain-text embed: `TEXT [link] – Display Name (@handle) Month D, YYYY`, with an en dash,
 * em dash or hyphen. Only the tail of the paragraph is examined, so a 5 MB paragraph costs nothing.
 */
import { HANDLE_PATTERN, type IngestWarning } from '../schema';
import { isJsSpace } from '../text/ascii-words';
import { MONTH_PATTERN, parseWrittenDate } from '../text/calendar-date';
import { looksLikeLink, normaliseTweetLink } from './tweet-link';

export interface TweetEmbed {
  text: string;
  link: string | null;
  linkText: string | null;
  displayName: string;
  handle: string | null;
  handleText: string;
  date: string | null;
  dateText: string;
  warnings: IngestWarning[];
}

const TAIL_WINDOW = 400;
// The display name may hold anything but a spaced dash (so the last dash wins) and a line break.
const TAIL = new RegExp(
  `(^|\\s)[–—-]\\s+((?:(?!\\s[–—-]\\s)[^\\n]){1,100}?)\\s*\\(@([^()\\n]{0,40})\\)\\s+(${MONTH_PATTERN}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\.?,?\\s+\\d{4})\\s*$`,
);

/** Parses a paragraph that is a tweet embed; null when the paragraph is not one. */
export function parseTweetEmbed(paragraph: string): TweetEmbed | null {
  const offset = Math.max(0, paragraph.length - TAIL_WINDOW);
  // Every embed's tail holds "(@": most paragraphs are turned away without the pattern.
  if (paragraph.indexOf('(@', offset) < 0) return null;
  const m = TAIL.exec(paragraph.slice(offset));
  if (!m) return null;
  const warnings: IngestWarning[] = [];
  const displayName = (m[2] ?? '').trim();
  const handleText = (m[3] ?? '').trim();
  const dateText = m[4] ?? '';
  let body = paragraph.slice(0, offset + m.index + (m[1] ?? '').length).trimEnd();
  if (!body) return null;

  const handle = HANDLE_PATTERN.test(handleText) ? handleText : null;
  if (!handle)
    warnings.push({
      code: 'bad-handle',
      message: `A tweet embed by "${displayName}" has an invalid handle "@${handleText}"; it was kept as text and not linked.`,
    });

  const date = parseWrittenDate(dateText);
  if (!date)
    warnings.push({
      code: 'bad-date',
      message: `A tweet embed by "${displayName}" has the date "${dateText}", which is not a real date.`,
    });

  let link: string | null = null;
  let linkText: string | null = null;
  // Walk back from the end: a regex for "the last word" rescans a long run of non-spaces quadratically.
  let lastSpace = body.length;
  // (By code: a pattern test per character of the link cost more than the rest of the parse.)
  while (lastSpace > 0 && !isJsSpace(body.charCodeAt(lastSpace - 1))) lastSpace--;
  const lastToken = body.slice(lastSpace);
  if (lastToken && looksLikeLink(lastToken)) {
    link = normaliseTweetLink(lastToken);
    if (link) {
      linkText = lastToken;
      body = body.slice(0, lastSpace).trimEnd();
    } else {
      warnings.push({
        code: 'bad-link',
        message: `A tweet embed by "${displayName}" ends with "${lastToken}", which is not a Twitter link; it was kept as text.`,
      });
    }
  }
  return { text: body, link, linkText, displayName, handle, handleText, date, dateText, warnings };
}
