/**
 * Tells the language of a text with franc (trigram profiles of the UDHR in 80-odd languages),
 * limited to the languages this reader's news comes in; null when the text is too short to tell.
 */
import { guessLanguage } from './trigram-language';

// The languages of the news this product carries, ISO 639-3 (franc's codes) → BCP 47 (ours). franc
// only compares a text with the languages of its script, so Cyrillic and Arabic cost a Latin text
// nothing; each Latin language adds a comparison, and a language a reader will not meet only adds a
// wrong answer for a short text. Add a line here when the product carries another language.
const BCP47: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  spa: 'es',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  rus: 'ru',
  ukr: 'uk',
  arb: 'ar',
};
const ONLY = Object.keys(BCP47);

// Below about five words a guess is a coin toss between neighbours (Spanish/Portuguese, German/Dutch);
// a tweet that short gets no language rather than a wrong one. Short texts above it can still be
// wrong ("Stolz auf unser Team heute, bis Sonntag" reads as French): trigrams need words.
const MIN_LETTERS = 25;
// franc's time grows with its sample: on the bench's article openings about 0.055 ms per 100
// characters (its trigram counting, then one comparison per language), next to 0.17 ms for a whole
// 1 KB article. 150 characters are two dozen words, which tell a paragraph's language among ours
// as well as the whole paragraph does; a tweet is told by its first 150 characters the same way.
export const LANGUAGE_SAMPLE = 150;
const SAMPLE = LANGUAGE_SAMPLE;

// Links, handles, hashtags and numbers say nothing about the language and would add English-looking
// trigrams ("https", "twitter") to every tweet. Latin-only patterns: cheap, and the Unicode letters
// they leave alone are what franc reads.
const NOISE = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*|[@#][\w.]+|\d+/g;

/**
 * The sample without its noise. Numbers alone need no replacing: a digit is no letter, no word
 * character and, to franc's cleaning as to a space, a gap between trigrams (nor is it in any of
 * franc's scripts). So only a sample that may hold a link, a handle or a hashtag is rewritten.
 */
function withoutNoise(sample: string): string {
  const mayHoldNoise = sample.includes('/') || sample.includes('@') || sample.includes('#') || sample.includes('www.');
  return mayHoldNoise ? sample.replace(NOISE, ' ') : sample;
}

/**
 * Whether the text holds at least `enough` letters, counted by code (Latin, Latin-1/Extended,
 * Greek, Cyrillic, Arabic and beyond): the count stops when it has them, a few words in.
 */
function hasLetters(text: string, enough: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff))
    )
      n++;
  }
  return n >= enough;
}

// English's commonest function words. A sample where they make a fifth of the words or more is
// English (in the other languages they are rare or absent: "the", "and", "of" are no French, German
// or Italian words), and franc, a fifth of the ingest's time, is spared for the texts that need it.
// (Words that are also words of our other languages are left out: "a", "in", "is", "was", "will",
// "an", "on", "as", "we" are Italian, German, Dutch or French too.)
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'that',
  'for',
  'with',
  'he',
  'she',
  'said',
  'says',
  'told',
  'by',
  'it',
  'from',
  'his',
  'has',
  'have',
  'are',
  'this',
  'they',
  'not',
  'but',
  'who',
  'their',
  'its',
  'after',
  'been',
  'had',
  'would',
  'there',
  'were',
  'which',
  'about',
]);
const ENGLISH_SHARE = 0.2;
const MIN_WORDS_FOR_SHARE = 8;

/** The letters of a word here (`/[a-z’']/` in lower case). */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || c === 0x2019 || c === 39;

/**
 * A word of up to six letters a–z packed into a number, five bits a letter (a = 1): a set of
 * numbers is looked up without cutting a string out of the sample for every word (that, and
 * hashing it, was most of this test). A longer word, or one with an apostrophe, has no key.
 */
const NO_KEY = -1;
const KEY_LETTERS = 6;
const FUNCTION_WORD_KEYS = new Set([...ENGLISH_FUNCTION_WORDS].map((w) => keyOf(w, 0, w.length)));
if (FUNCTION_WORD_KEYS.has(NO_KEY)) throw new Error('detect-language: a function word has no key');

/** The key of `text[start, end)` in lower case (ASCII letters folded), or NO_KEY. */
function keyOf(text: string, start: number, end: number): number {
  if (end - start > KEY_LETTERS) return NO_KEY;
  let key = 0;
  for (let i = start; i < end; i++) {
    // (With the 0x20 bit set, exactly the ASCII letters are a–z.)
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return NO_KEY;
    key = key * 32 + (c - 96);
  }
  return key;
}

/**
 * True when English function words make a fifth of a sample's words (runs of `[a-z’']` in lower
 * case), counted in one pass.
 */
function plainlyEnglish(sample: string): boolean {
  // The sample is read in place, ASCII capitals folded as read: beyond ASCII only "İ" and the Kelvin
  // sign have a lower case holding a–z, and a sample with either is lower-cased first as before.
  const text = mayLowerIntoAscii(sample) ? sample.toLowerCase() : sample;
  let words = 0;
  let hits = 0;
  for (let i = 0; i < text.length;) {
    if (!isFoldedWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isFoldedWordCode(text.charCodeAt(i))) i++;
    words++;
    if (FUNCTION_WORD_KEYS.has(keyOf(text, start, i))) hits++;
  }
  if (words < MIN_WORDS_FOR_SHARE) return false;
  return hits / words >= ENGLISH_SHARE;
}

/** A word letter here (`isWordCode`) once ASCII capitals are folded. */
const isFoldedWordCode = (c: number) => isWordCode(c >= 65 && c <= 90 ? c | 0x20 : c);

/** Whether `text` holds a character beyond ASCII whose lower case holds a–z ("İ", the Kelvin sign "K"). */
const mayLowerIntoAscii = (text: string) => text.includes('\u0130') || text.includes('\u212a');

// The function words above that are no word of our other languages at all ("to" is Polish, "he" and
// "has" Spanish): one of them in a span is English showing through.
const ENGLISH_ONLY_KEYS = new Set(
  [...ENGLISH_FUNCTION_WORDS].filter((w) => w !== 'to' && w !== 'he' && w !== 'has').map((w) => keyOf(w, 0, w.length)),
);

/** An ASCII word character, as `\w` reads one: a letter, a digit or "_". */
const isAsciiWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether `/\b(?:the|and|…)\b/i` (the English-only words) matches `text.slice(0, end)`: whether
 * a run of ASCII word characters there is one of those words in any case. Read in place by their
 * keys: the pattern was tried at every position of every quote and paragraph, and the slice made.
 */
function holdsEnglishOnlyWord(text: string, end: number): boolean {
  for (let i = 0; i < end;) {
    if (!isAsciiWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isAsciiWordCode(text.charCodeAt(i))) i++;
    if (ENGLISH_ONLY_KEYS.has(keyOf(text, start, i))) return true;
  }
  return false;
}

/**
 * The language of a span inside a text in `around`: inside English, a span with any English-only
 * function word is English (franc reads short English as French: "Our restaurants felt it within a
 * week"; a sentence in another language has no "the" or "it"), and that one test spares franc for
 * nearly every quote and paragraph of an English article; otherwise as `detectLanguage`.
 */
export function detectSpanLanguage(text: string, around: string): string | null {
  if (around === 'en' && holdsEnglishOnlyWord(text, Math.min(text.length, SAMPLE))) return 'en';
  return detectLanguage(text);
}

/** BCP 47 code of the text's language (`fr`), or null when it is too short or franc cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = withoutNoise(text.slice(0, SAMPLE));
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  if (plainlyEnglish(sample)) return 'en';
  // franc's answer, from the same profiles without its per-call costs (trigram-language.ts).
  const code = guessLanguage(sample, ONLY, 1);
  return BCP47[code] ?? null;
}
