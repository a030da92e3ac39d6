/**
 * Fast passes over text by character code, for the hot paths of the ingest: a Unicode regex or a
 * string per word there cost more than all the rules that use them.
 */

/** True when every character of `text[start, end)` is ASCII (so no Unicode normalisation is needed). */
export function isAscii(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether `text[start, end)` holds at least `n` words (runs of characters above the space: other
 * than spaces and controls), read no further than the n-th and without a copy of the text.
 */
export function hasWords(text: string, start: number, end: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return count >= n;
}

/** The fold of `foldText`, by the Unicode normalisation: the definition, run on any text. */
const foldByNormalising = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// The fold of each character below U+0100, of general punctuation (U+2000–U+206F) and of currency
// signs (U+20A0–U+20CF), computed once by the definition. Over these characters the fold of a text
// is the folds of its characters joined (each decomposes to a base character first, so the
// normalisation never reorders marks across two of them: the test checks every pair), and a text
// of them, nearly every title and name, is folded without a call into the normaliser.
const FOLD_LOW: string[] = [];
for (let c = 0; c < 0x100; c++) FOLD_LOW.push(foldByNormalising(String.fromCharCode(c)));
const FOLD_PUNCTUATION: string[] = [];
for (let c = 0x2000; c < 0x20d0; c++) FOLD_PUNCTUATION.push(foldByNormalising(String.fromCharCode(c)));

/** True for the characters whose fold the tables above hold. */
const hasTableFold = (c: number): boolean => c < 0x100 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);

/**
 * The fold of one character from the tables above, or undefined for a character beyond them (whose
 * text only the normalisation, run on the whole of it, folds).
 */
export function tableFold(c: number): string | undefined {
  if (c < 0x100) return FOLD_LOW[c];
  return hasTableFold(c) ? FOLD_PUNCTUATION[c - 0x2000] : undefined;
}

/** Lower case without accents ("Renée" → "renee"); ASCII text skips the Unicode normalisation. */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) out += FOLD_LOW[c]!;
    else if (hasTableFold(c)) out += FOLD_PUNCTUATION[c - 0x2000]!;
    else return foldByNormalising(text);
  }
  return out;
}

/** A hash of a lower-cased ASCII word, the same one `findWords` computes as it scans. */
export function wordHash(word: string): number {
  return wordHashOf(word, 0, word.length);
}

/** `wordHash` of the ASCII letters `text[start, end)`, read in place (no string is cut). */
export function wordHashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  return h;
}

/** Whether the ASCII letters `text[start, end)`, in any case, are one of `words` (lower case), whose
 * filter is `hashes`: most words are turned away by their hash before a string is cut. */
export function isWordIn(
  text: string,
  start: number,
  end: number,
  words: ReadonlySet<string>,
  hashes: WordHashes,
): boolean {
  return mayHold(hashes, wordHashOf(text, start, end)) && words.has(text.slice(start, end).toLowerCase());
}

export interface WordAt {
  /** The word lower-cased. */
  word: string;
  start: number;
  end: number;
}

/**
 * A filter of word hashes for `findWords`: one bit per value of a hash's low 16 bits. A word whose
 * bit is clear is in no set (most words, read without a string); one whose bit is set is looked up.
 * (A bit table rather than a set of numbers: a hash beyond the small-integer range would be boxed
 * for a set's look-up, one allocation per word of the text.)
 */
export type WordHashes = Uint32Array;

const HASH_BITS = 0xffff;

/** Whether a word with hash `h` may be one of the filter's words (false: it is none of them). */
export const mayHold = (hashes: WordHashes, h: number): boolean =>
  (hashes[(h & HASH_BITS) >>> 5]! & (1 << (h & 31))) !== 0;

/**
 * The words of a text (runs of ASCII letters: words end at apostrophes and hyphens) that
 * belong to a set, found without building a string for the others. `limit` stops after that many words.
 */
export function findWords(text: string, set: ReadonlySet<string>, hashes: WordHashes, limit = Infinity): WordAt[] {
  const out: WordAt[] = [];
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A character is an ASCII letter exactly when its code with the 0x20 bit set is a–z ('@' and
    // '[' become '`' and '{'), and that code is the letter's lower case: one read and one test per
    // character, the first letter read once.
    let d = text.charCodeAt(i);
    let c = d | 0x20;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    if (++count > limit) break;
    const start = i;
    let h = 0;
    let upper = false;
    do {
      h = (Math.imul(h, 31) + c) | 0;
      if (d !== c) upper = true;
      d = ++i < n ? text.charCodeAt(i) : 0;
      c = d | 0x20;
    } while (c >= 97 && c <= 122);
    if (mayHold(hashes, h)) {
      const raw = text.slice(start, i);
      const word = upper ? raw.toLowerCase() : raw;
      if (set.has(word)) out.push({ word, start, end: i });
    }
  }
  return out;
}

/** The hash filter of a set's words, for `findWords`. */
export function hashesOf(words: Iterable<string>): WordHashes {
  const bits = new Uint32Array((HASH_BITS + 1) >>> 5);
  for (const word of words) {
    const bit = wordHash(word) & HASH_BITS;
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

// Letters beyond Latin-1 (the Latin forms of the patterns know case only up to U+00FF): the blocks
// of other scripts, leaving out punctuation, currency and other symbols (U+2000–U+2BFF) and emoji.
const NON_LATIN = /[\u0100-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff00-\uffef]/;

/**
 * True when a text holds no letters beyond the Latin alphabets. V8 runs a pattern without the
 * Unicode flag about ten times faster, so hot patterns come in two forms: Latin, and Unicode for
 * the rest (Greek, Cyrillic, CJK…).
 */
export function isLatinText(text: string): boolean {
  // The sentence pass, the name scan and the unmarked-speech scan each ask about the same paragraph
  // in turn: the last answer is kept (the same string compares by reference, another by length first).
  if (text !== lastText) {
    lastText = text;
    lastLatin = !NON_LATIN.test(text);
  }
  return lastLatin;
}
let lastText = '';
let lastLatin = true;

/**
 * True when every character of `text[start, end)` is below U+0100 (but µ, ª, º), general
 * punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis, spaces) or a currency sign
 * (U+20A0–U+20CF). None of those is a letter, a mark or half of a surrogate pair, so a scan that
 * knows the Latin-1 letters by code reads such text exactly as \p{L}, \p{Lu} and \p{Ll} do (µ, ª
 * and º are letters the Latin-1 ranges would miss).
 */
export function isLatin1Text(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      if (c === 0xaa || c === 0xb5 || c === 0xba) return false;
    } else if (!((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf))) return false;
  }
  return true;
}

/** JavaScript's `\s`, by code. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * How many of the space-separated words of `text[start, end)` hold a letter or a digit (what
 * `slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` gives), counting
 * no further than `limit`. One pass by character code, without a string per word.
 */
export function countLetterWords(text: string, start: number, end: number, limit = Infinity): number {
  let count = 0;
  let i = start;
  while (i < end) {
    while (i < end && isJsSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let letter = false;
    for (let c = text.charCodeAt(i); i < end && !isJsSpace(c); c = text.charCodeAt(++i)) {
      if (letter) continue;
      if (c < 0x80) letter = (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
      else {
        // A letter beyond ASCII, or a pair of surrogates that makes one (a lone half is none).
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? text.slice(i, i + 2) : text[i]!;
        letter = LETTER_OR_DIGIT.test(pair);
      }
    }
    if (letter && ++count >= limit) return count;
  }
  return count;
}
