/** A short readable title from the opening paragraph, since the files have none. */
import { isJsSpace } from '../text/ascii-words';
import { datelineLead } from '../text/dateline-lead';
import { splitSentences } from '../text/sentences';

const MAX = 90;

/** Whether a paragraph is the headline again (case, spacing and end punctuation aside). */
export function repeatsHeadline(paragraph: string, headline: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/[\s.!?:;,…]+$/u, '')
      .trim()
      .toLowerCase();
  return norm(headline) !== '' && norm(paragraph) === norm(headline);
}

/** White space, a comma, semicolon, colon or opening bracket, or a dash: nothing a title ends with. */
const isCutPunctuation = (c: number) =>
  isJsSpace(c) || c === 44 || c === 59 || c === 58 || c === 40 || c === 0x2013 || c === 0x2014 || c === 45;

/**
 * Where the last clause boundary of `head` stands: its last semicolon, comma or colon, or the space
 * before its last opening bracket; -1 when it has none. (One pass back from the end, where four
 * searches each read the whole head.)
 */
function lastClauseBreak(head: string): number {
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head.charCodeAt(i);
    if (c === 59 || c === 44 || c === 58 || (c === 32 && head.charCodeAt(i + 1) === 40)) return i;
  }
  return -1;
}

const isEndStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/**
 * The text without the full stop, "!" or "?" that ends it, unless a full stop stands before that
 * (`.replace(/(?<!\.)[.!?]$/, '')`, read at the end: the pattern was tried at every character).
 */
function withoutEndStop(text: string): string {
  const end = text.length - 1;
  return isEndStop(text.charCodeAt(end)) && text.charCodeAt(end - 1) !== 46 ? text.slice(0, end) : text;
}

export function deriveTitle(opening: string, dateline: string | null): string {
  let text = opening;
  // The dateline goes with what stands between it and its dash: a date, the wire's tag ("LONDON (Reuters) -").
  if (dateline && text.startsWith(dateline))
    text = text.slice(dateline.length).replace(/^(?:[^–—-]{0,30}?[–—-]{1,2})?[^A-Za-z0-9\p{L}]*/u, '');
  // A dateline the layout did not take ("LAHORE: ", "Thursday, March 30, 2023 – ") and a list's
  // bullet ("- Suspect released …") are no part of a title.
  text = text.slice(datelineLead(text)).replace(/^[-–—•*]\s+/, '');
  const first = splitSentences(text)[0];
  const sentence = first ? text.slice(first.start, first.end) : text;
  // The sentence's own full stop goes; the last dot of an ellipsis ("They said it...") stays.
  let title = withoutEndStop(sentence).trim();
  if (title.length <= MAX) return title;
  // Prefer a clause boundary; else a word boundary; never more than MAX characters with the ellipsis.
  const head = title.slice(0, MAX - 1);
  const clause = lastClauseBreak(head);
  const space = head.lastIndexOf(' ');
  const cut = clause >= 40 ? clause : space > 20 ? space : MAX - 1;
  // (What `.replace(/[\s,;:(–—-]+$/, '')` drops, read back from the cut: the pattern tried every place.)
  let end = cut;
  while (end > 0 && isCutPunctuation(title.charCodeAt(end - 1))) end--;
  title = title.slice(0, end);
  return `${title}…`;
}
