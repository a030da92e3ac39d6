/** Sentence boundaries in a paragraph, by punctuation and what follows it. Linear in the text. */
import { hashesOf, isAscii, isJsSpace, isLatinText, mayHold, wordHashOf } from './ascii-words';
import { ABBREVIATIONS as TITLE_ABBREVIATIONS } from '../attribution/lexicon';
import { lowerBoundBy, type Range } from './sorted-search';

export type { Range };

// The titles' abbreviations come from the lexicon (one list: "Insp. Dana Cole" must not end a sentence
// here and begin a cue there), then the others that a full stop follows inside a sentence.
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS.map((a) => a.toLowerCase()),
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'plc',
  'llc',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
  'approx',
  'fig',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'ave',
]);
// The abbreviations' hash filter (ascii-words.ts): for an ASCII word, `wordHashOf` folds case as
// `toLowerCase` does, letters and dots alike.
const ABBREVIATION_HASHES = hashesOf(ABBREVIATIONS);

// A sentence boundary is a terminator, any closing marks, then space and something that can open a
// sentence: /([.!?…]+)([”"’'»)\]]*)\s+(?=[\p{Lu}\p{N}“"‘'«„¿¡(•▪])/u, in its Latin form for Latin text
// (see latin-pattern.ts: \p{Lu} and \p{N} narrowed to Latin-1 capitals and ASCII digits). Only the
// terminators are searched for; the rest is read by character code (a match per boundary, and the
// script test that picks the pattern's form, cost more), and the script is asked only of an opener
// beyond those both forms agree on. Each kind of terminator is found by `indexOf`, searched again only
// once passed: `/[.!?…]/g` called per boundary cost a quarter more of the split, and '!', '?' and '…'
// are rare (one search finds there is none).
/** . ! ? … */
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const CLOSERS = new Set([...'”"’\')»]'].map((c) => c.charCodeAt(0)));
const OPENING_MARKS = new Set([...'“"‘\'«„¿¡('].map((c) => c.charCodeAt(0)));
const UNICODE_OPENER = /^[\p{Lu}\p{N}]/u;

/** Whether the character at `i` may open a sentence, as the pattern's look-ahead reads it. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || OPENING_MARKS.has(c)) return true;
  if (c < 0x80) return false;
  // A bullet opens the next item of a list run into one paragraph ("… is growing. • Mayor Okoro said …").
  if (c === 0x2022 || c === 0x25aa) return true;
  // Latin-1 capitals are capitals in both forms; any other capital or digit only in the Unicode one.
  if ((c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde)) return true;
  return !isLatinText(text) && UNICODE_OPENER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Where the letters and dots right before a position begin ("Mr", "U.S", "e.g"), read backwards
 * no further than `limit`. */
function wordStartBefore(text: string, end: number, limit: number): number {
  let i = end;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || (c > 0x7f && LETTER.test(text[i - 1]!));
    if (!letter) break;
    i--;
  }
  return i;
}

const LETTER = /\p{L}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** `SINGLE_CAPITAL.test(word)`: one capital letter, an initial ("J. R. Pemberton"). Most words are
 * longer than one code point (two units) or ASCII, and are told without the Unicode pattern. */
function isInitial(word: string): boolean {
  if (word.length === 1 && word.charCodeAt(0) < 0x80) return word >= 'A' && word <= 'Z';
  return word.length <= 2 && SINGLE_CAPITAL.test(word);
}

/** Splits a paragraph into sentence ranges (trimmed, covering all non-space text). */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  // The next of each terminator at or after `i` (-1: none left; -2: not searched yet).
  let dot = -2;
  let bang = -2;
  let question = -2;
  let ellipsis = -2;
  while (i < n) {
    if (dot !== -1 && dot < i) dot = text.indexOf('.', i);
    if (bang !== -1 && bang < i) bang = text.indexOf('!', i);
    if (question !== -1 && question < i) question = text.indexOf('?', i);
    if (ellipsis !== -1 && ellipsis < i) ellipsis = text.indexOf('…', i);
    const next = earlier(earlier(dot, bang), earlier(question, ellipsis));
    if (next < 0) break;
    i = next;
    // A boundary as the pattern matches it: every part greedy (none can give a character back to
    // the next). Where it fails, the next try starts past the spaces: nothing before them ends a sentence.
    const at = i;
    while (i < n && isTerminator(text.charCodeAt(i))) i++;
    const stop = i;
    while (i < n && CLOSERS.has(text.charCodeAt(i))) i++;
    const end = i;
    while (i < n && isJsSpace(text.charCodeAt(i))) i++;
    if (i === end || i === n || !opensSentence(text, i)) continue;
    if (stop === at + 1 && end === stop && text.charCodeAt(at) === 46 && abbreviationStop(text, at, start, i)) continue;
    if (end > start) out.push({ start, end });
    start = i;
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The earlier of two positions, where -1 is none. */
const earlier = (a: number, b: number) => (a < 0 ? b : b < 0 || a < b ? a : b);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * Whether the full stop at `at`, alone before the space, ends an abbreviation or an initial rather
 * than the sentence that began at `start`; `next` is where the next sentence would begin.
 */
export function abbreviationStop(text: string, at: number, start: number, next: number): boolean {
  const from = wordStartBefore(text, at, Math.max(start, at - 12));
  // Most words before a full stop are ASCII and no abbreviation: their hash turns them away without
  // a string cut and lower-cased for the set (an ASCII word is an initial only as one capital).
  if (isAscii(text, from, at) && !mayHold(ABBREVIATION_HASHES, wordHashOf(text, from, at)))
    return at - from === 1 && isCapital(text.charCodeAt(from));
  const word = text.slice(from, at);
  const lower = word.toLowerCase();
  // "No. 5" is a number; "they said no. Then" ends a sentence.
  const numberAbbreviation = (lower === 'no' || lower === 'nos') && !isDigit(text.charCodeAt(next));
  return (ABBREVIATIONS.has(lower) && !numberAbbreviation) || isInitial(word);
}

/** The index of the sentence holding an offset, or -1 before the first (binary search: a 5 MB
 * paragraph has many sentences). */
export function sentenceAt(sentences: readonly Range[], at: number): number {
  // Offsets are whole numbers: the first sentence starting after `at` starts at or after at + 1.
  return lowerBoundBy(sentences, at + 1, startOf) - 1;
}

const startOf = (range: Range) => range.start;
