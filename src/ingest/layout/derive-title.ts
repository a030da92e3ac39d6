/** A short readable title from the opening paragraph, since the files have none. */
import { isGivenName } from '../attribution/gender';
import { isJsSpace } from '../text/ascii-words';
import { datelineLead } from '../text/dateline-lead';
import { splitSentences } from '../text/sentences';

const MAX = 90;

/** A text's normal form for the headline test: lower case, single spaces, no end punctuation. */
const normalForm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,…]+$/u, '')
    .trim()
    .toLowerCase();

/** Whether a paragraph is the headline again (case, spacing and end punctuation aside). */
export function repeatsHeadline(paragraph: string, headline: string): boolean {
  return (
    sameAsciiNormalForm(paragraph, headline) ??
    (normalForm(headline) !== '' && normalForm(paragraph) === normalForm(headline))
  );
}

/** What the normal form drops at the end: white space, . ! ? : ; , and the ellipsis. */
const isEndPunctuation = (c: number) =>
  isJsSpace(c) || c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44 || c === 0x2026;

/** Where a text's normal form ends: before its last run of white space and end punctuation. */
function normalEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isEndPunctuation(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The end of the run of white space from `i` (no further than `end`). */
function spacesEnd(text: string, i: number, end: number): number {
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** The two characters beyond ASCII whose lower case holds an ASCII letter: İ and the Kelvin sign. */
const lowersIntoAscii = (c: number) => c === 0x130 || c === 0x212a;

/**
 * `repeatsHeadline` read in place while both texts are ASCII: their normal forms compared character
 * by character, without a copy of either (the paragraph is the story's first, as long as it is, and
 * differs from the headline within a few words). Null when two characters beyond ASCII meet before
 * any difference: lower-casing is no longer one character at a time there (İ, the final sigma), and
 * the normal forms are built and compared whole.
 */
function sameAsciiNormalForm(paragraph: string, headline: string): boolean | null {
  const pEnd = normalEnd(paragraph);
  const hEnd = normalEnd(headline);
  let i = spacesEnd(paragraph, 0, pEnd);
  let j = spacesEnd(headline, 0, hEnd);
  // (An empty headline repeats nothing.)
  if (j === hEnd) return false;
  while (i < pEnd && j < hEnd) {
    const a = paragraph.charCodeAt(i);
    const b = headline.charCodeAt(j);
    const spaceA = isJsSpace(a);
    if (spaceA || isJsSpace(b)) {
      // A run of white space is one space in the normal form, and no other character is a space.
      if (!spaceA || !isJsSpace(b)) return false;
      i = spacesEnd(paragraph, i, pEnd);
      j = spacesEnd(headline, j, hEnd);
      continue;
    }
    if (a >= 0x80 || b >= 0x80) {
      // One character beyond ASCII against an ASCII one ("“" opening a quote): its lower case holds no
      // ASCII character (but for İ and the Kelvin sign), so the forms differ here.
      const oneBeyondAscii = a >= 0x80 !== b >= 0x80;
      return oneBeyondAscii && !lowersIntoAscii(a) && !lowersIntoAscii(b) ? false : null;
    }
    if (lowerAscii(a) !== lowerAscii(b)) return false;
    i++;
    j++;
  }
  return i === pEnd && j === hEnd;
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

// A place in capitals and a wire's or network's tag, alone on a line: "NEW YORK (CNNMoney)".
const PLACE_AND_TAG = /^\p{Lu}[\p{Lu} .'’,-]{1,40}\s*\([^()]{1,24}\)$/u;

/**
 * Whether a paragraph can give the title: not a dateline alone ("NEW YORK (CNNMoney)", "LAHORE:"), one
 * word (a section's label, "Takeaways") nor a label with its colon, which a page sets on its own line
 * above the story.
 */
export function mayGiveTitle(text: string): boolean {
  const rest = text.slice(datelineLead(text)).trim();
  return rest.includes(' ') && !PLACE_AND_TAG.test(rest) && !LABEL.test(rest) && !isNameAlone(rest);
}

// Two or three capitalised words, an initial among them or not ("Tom Vell", "Ana M. Roy").
const NAME_ALONE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A person's name alone on its line: the byline over a story, not its headline. */
function isNameAlone(text: string): boolean {
  return text.length <= 40 && NAME_ALONE.test(text) && isGivenName(text.slice(0, text.indexOf(' ')));
}

// A few words and a colon alone ("Social Media Profiles:"): a label for what follows, not a headline.
const LABEL = /^[^.!?:]{1,40}:$/;

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
