/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) in base 36: for ids, not security. */
export function shortHash(text: string, length = 6): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return base36Tail(h, length);
}

const BASE36_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** A 32-bit number has at most seven digits in base 36. */
const HASH_DIGITS = 7;
const digitCodes: number[] = new Array<number>(HASH_DIGITS).fill(0);

/**
 * `(h >>> 0).toString(36).padStart(7, '0').slice(-length)`, the digits written out one by one:
 * Number#toString(36) took five times as long, more than hashing a quote's words.
 */
function base36Tail(h: number, length: number): string {
  let n = h >>> 0;
  for (let k = HASH_DIGITS - 1; k >= 0; k--) {
    const rest = Math.floor(n / 36);
    digitCodes[k] = BASE36_DIGITS.charCodeAt(n - rest * 36);
    n = rest;
  }
  const d = digitCodes;
  return String.fromCharCode(d[0]!, d[1]!, d[2]!, d[3]!, d[4]!, d[5]!, d[6]!).slice(-length);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const COMBINING_MARK = /[\u0300-\u036f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Non-ASCII punctuation that is neither a letter, a digit nor a combining mark, and whose NFKD form
 * holds none of them either ("…" is "...", a no-break space a space): the no-break space, the
 * guillemets, and the dashes, quotation marks, bullets and ellipsis of U+2010–U+203D (but for U+2017,
 * whose form holds a combining mark). Such a character is a gap between words, normalised or not.
 */
export const isPlainPunctuation = (c: number): boolean =>
  c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x203d && c !== 0x2017);

/**
 * A hash of a text's words without building the normalised string: lower-case words, accents
 * dropped, any run of other characters counting as one space. Ids are made from it. It equals
 * `shortHash(normaliseWords(text))` for Latin text; case is folded one UTF-16 unit at a time, so a
 * few letters of other scripts (the Greek final sigma, letters outside the BMP) hash differently.
 * Ids only need to be stable, which they are.
 */
export function shortHashOfWords(text: string, length = 7): string {
  // Curly quotes, dashes and ellipses are what most English quotes hold beyond ASCII: they split
  // words whether normalised or not, so only other characters make the text worth normalising. One
  // pass hashes the text as it stands and starts over on its NFKD form at the first such character.
  let h = FNV_OFFSET;
  let started = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (!isPlainPunctuation(c)) return hashOfNormalisedWords(text.normalize('NFKD'), length);
      gap = started;
      continue;
    }
    if (c >= 65 && c <= 90) c |= 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = started;
      continue;
    }
    if (gap) h = Math.imul(h ^ 32, FNV_PRIME);
    gap = false;
    started = true;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return base36Tail(h, length);
}

/** `shortHashOfWords` of a text already in NFKD form that holds letters beyond ASCII. */
function hashOfNormalisedWords(source: string, length: number): string {
  let h = FNV_OFFSET;
  let started = false;
  let gap = false;
  for (let i = 0; i < source.length; i++) {
    let c = source.charCodeAt(i);
    let word: string | null = null;
    if (c < 0x80) {
      if (c >= 65 && c <= 90) c |= 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word = '';
    } else if (!isPlainPunctuation(c)) {
      const ch = source[i]!;
      if (COMBINING_MARK.test(ch)) continue;
      if (LETTER_OR_DIGIT.test(ch)) word = ch.toLowerCase();
    }
    if (word === null) {
      gap = started;
      continue;
    }
    if (gap) h = Math.imul(h ^ 32, FNV_PRIME);
    gap = false;
    started = true;
    if (word === '') h = Math.imul(h ^ c, FNV_PRIME);
    else for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  }
  return base36Tail(h, length);
}
