/** Sentence boundaries in a paragraph, by punctuation and what follows it. Linear in the text. */
import { dual, patternFor } from './latin-pattern';
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

// A terminator, any closing marks, then space and something that can open a sentence.
const BOUNDARY = dual(/([.!?…]+)([”"’'»)\]]*)\s+(?=[\p{Lu}\p{N}“"‘'«„¿¡(])/gu);

/** The letters and dots right before a position ("Mr", "U.S", "e.g"), read backwards. */
function wordEndingAt(text: string, end: number, limit: number): string {
  let i = end;
  while (i > limit) {
    const ch = text[i - 1]!;
    const c = ch.charCodeAt(0);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || (c > 0x7f && LETTER.test(ch));
    if (!letter) break;
    i--;
  }
  return text.slice(i, end);
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
  let start = 0;
  // exec, not matchAll: matchAll copies the pattern on every call.
  const boundary = patternFor(BOUNDARY, text);
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const stop = m.index + (m[1]?.length ?? 0);
    if (m[1] === '.' && !m[2]) {
      const word = wordEndingAt(text, m.index, Math.max(start, m.index - 12));
      const lower = word.toLowerCase();
      // "No. 5" is a number; "they said no. Then" ends a sentence.
      const numberAbbreviation = (lower === 'no' || lower === 'nos') && !/^\d/.test(text.slice(m.index + m[0].length));
      if ((ABBREVIATIONS.has(lower) && !numberAbbreviation) || isInitial(word)) continue;
    }
    const end = stop + (m[2]?.length ?? 0);
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The index of the sentence holding an offset, or -1 before the first (binary search: a 5 MB
 * paragraph has many sentences). */
export function sentenceAt(sentences: readonly Range[], at: number): number {
  // Offsets are whole numbers: the first sentence starting after `at` starts at or after at + 1.
  return lowerBoundBy(sentences, at + 1, startOf) - 1;
}

const startOf = (range: Range) => range.start;
