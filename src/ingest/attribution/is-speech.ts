/** Tells speech in quotation marks from scare quotes, nicknames and titles ("the tunnel of patience"). */
import { hashesOf, isAscii, isJsSpace, isLatin1Text, mayHold, wordHashOf } from '../text/ascii-words';
import { FIRST_PERSON, SECOND_PERSON, SPEECH_VERB_PATTERN } from './lexicon';

// Words that name rather than quote: "called it “a scandal”", "the so-called “green deal”".
export const NAMING: readonly string[] = [
  'called',
  'call',
  'calls',
  'dubbed',
  'so-called',
  'nicknamed',
  'baptized',
  'baptised',
  'titled',
  'entitled',
  'named',
  'known as',
  'the word',
  'the words',
  'the term',
  'the slogan',
  'the motto',
  'the phrase',
  'the label',
  'the headline',
  'a process of',
  'what he calls',
  'what she calls',
  'what they call',
  'what it calls',
  'labelled',
  'labeled',
  'branded',
  'banner reading',
  'banners reading',
  'sign reading',
  'signs reading',
  'under the title',
  'under the name',
  'under the banner',
];
// The object between the naming verb and the quote: "called it", "baptized the work".
const OBJECT_AT_END = /\s+(?:it|them|him|her|the\s+[a-z]+)$/;

// The last word of each naming phrase, to turn most quotes away with one look-up.
const NAMING_LAST_WORDS = new Set(NAMING.map((w) => w.split(' ').pop()!));

// "called it “a disgrace”" is someone judging in their own words, not naming: with an object
// between, "call" quotes. "dubbed it", "branded them" still name.
const CALL = new Set(['call', 'calls', 'called']);
// "Before the call, “we had heard …”": after a determiner, "call" is a noun (a telephone call, a
// call for votes), which names nothing.
const CALL_AS_NOUN =
  /(?:^|\s)(?:the|a|an|this|that|his|her|its|their|our|every|each|one|conference|phone|earnings)\s+calls?$/;

/**
 * Whether one of the last three words of `text[0, end)`'s last 40 characters (as `split(/\s+/)` cuts
 * them), lower-cased when `lower` is set, is in a set: read back from the end, without cutting the rest.
 */
function lastWordsHold(text: string, end: number, words: ReadonlySet<string>, lower: boolean): boolean {
  const floor = Math.max(0, end - 40);
  for (let n = 0; n < 3; n++) {
    let start = end;
    while (start > floor && !isJsSpace(text.charCodeAt(start - 1))) start--;
    if (mayBeNamingWord(text, start, end)) {
      const word = text.slice(start, end);
      if (words.has(lower ? word.toLowerCase() : word)) return true;
    }
    if (start === floor) return false;
    end = start;
    while (end > floor && isJsSpace(text.charCodeAt(end - 1))) end--;
  }
  return false;
}

/**
 * A word's length and first letter in lower case, as one number (-1 for an empty word). The naming
 * words are lower-case ASCII, and a letter beyond ASCII lower-cases to none of them (in Latin-1
 * text, where the shape is read before lower-casing), so its shape is -1 too.
 */
function shapeOf(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  const c = text.charCodeAt(start);
  if (c >= 0x80) return -1;
  return (end - start) * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
}
const NAMING_SHAPES = new Set([...NAMING_LAST_WORDS].map((w) => shapeOf(w, 0, w.length)));
// Their hash filter (ascii-words.ts): `wordHashOf` of an ASCII word folds case as `toLowerCase` does
// its letters, and keeps the hyphen of "so-called".
const NAMING_HASHES = hashesOf(NAMING_LAST_WORDS);

/**
 * False for a word that is surely none of the naming words' last words. Most words are turned away by
 * their length and first letter, and most of the rest ("that", "with", "on") by their hash, before a
 * string is cut and lower-cased: for a word of a two-byte text, a call into the runtime.
 */
function mayBeNamingWord(text: string, start: number, end: number): boolean {
  if (!NAMING_SHAPES.has(shapeOf(text, start, end))) return false;
  return !isAscii(text, start, end) || mayHold(NAMING_HASHES, wordHashOf(text, start, end));
}

/** Where `text.trimEnd().replace(/[,:]$/, '').trimEnd()` ends. */
function endBeforeComma(text: string): number {
  let end = text.length;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(end - 1);
  if (c === 44 || c === 58) end--;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function namesRatherThanQuotes(before: string): boolean {
  // Most quotes follow no naming word: told first from the text as written, lower-casing only its
  // last words. (Only where lower case keeps every offset: Latin-1 and punctuation.)
  if (isLatin1Text(before) && !lastWordsHold(before, endBeforeComma(before), NAMING_LAST_WORDS, true)) return false;
  const text = before.trimEnd().replace(/[,:]$/, '').trimEnd().toLowerCase();
  if (!lastWordsHold(text, text.length, NAMING_LAST_WORDS, false)) return false;
  if (NAMING.some((w) => (text === w || text.endsWith(` ${w}`)) && !(CALL.has(w) && CALL_AS_NOUN.test(text))))
    return true;
  const withoutObject = text.replace(OBJECT_AT_END, '');
  return (
    withoutObject !== text &&
    NAMING.some((w) => !CALL.has(w) && (withoutObject === w || withoutObject.endsWith(` ${w}`)))
  );
}

/** A whole utterance in its marks: "Shame!", "Order. Order!", "No." (a capital, then the mark that ends it), or any "…?" / "…!". */
function isUtterance(words: string): boolean {
  const t = words.trim();
  const tail = t.slice(-4);
  if (!/[.!?…]\P{L}{0,3}$/u.test(tail)) return false;
  return /[!?]/.test(tail) || /^\P{L}{0,3}\p{Lu}/u.test(t.slice(0, 4));
}

// The sentence before is a cue that closed a quote: “…,” he said a moment later. “It wasn't enough.”
const CUE_SENTENCE_BEFORE = new RegExp(
  `[”’"»]\\s*[,;]?\\s+(?:[^.!?“”"«»‘’]{0,40}?\\s)?${SPEECH_VERB_PATTERN}\\b[^.!?“”"«»‘’]{0,40}[.:]\\s*$`,
);

/** A character of a word: an ASCII letter or digit, or any code unit outside ASCII and the punctuation block. */
const wordlikeCode = (c: number) =>
  (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c > 0x7f && !(c >= 0x2000 && c <= 0x206f));

/**
 * What the rules read of the first `limit` space-separated tokens that hold a letter or a digit (each
 * read as the token is): how many there are, whether none of more than three characters opens with a
 * lower-case letter (title case), and whether the first letter of each is a capital. Read by
 * position: a string per token cost more than the rules.
 */
export interface TokenShape {
  count: number;
  titleCase: boolean;
  capitalised: boolean;
}

export function firstTokens(text: string, limit: number): TokenShape {
  const shape: TokenShape = { count: 0, titleCase: true, capitalised: true };
  const n = text.length;
  let i = 0;
  while (i < n && shape.count < limit) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const start = i;
    let wordlike = false;
    for (let c = text.charCodeAt(i); i < n && c > 32; c = text.charCodeAt(++i)) wordlike ||= wordlikeCode(c);
    if (!wordlike) continue;
    shape.count++;
    if (i - start > 3 && startsWithLetter(text, start, i) && !startsWithCapital(text, start, i))
      shape.titleCase = false;
    if (shape.capitalised && !firstLetterCapital(text, start, i)) shape.capitalised = false;
  }
  return shape;
}

// A token's first letter, read by code when everything up to it is ASCII (the Unicode patterns beside
// each test decide otherwise, and define them).
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
/** `/^\p{L}/u.test(w)` for the token `w` = `text[start, end)`. */
function startsWithLetter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c < 0x80 ? isAsciiLetter(c) : /^\p{L}/u.test(text.slice(start, end));
}
/** `/^\p{Lu}/u.test(w)` */
function startsWithCapital(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c < 0x80 ? isAsciiCapital(c) : /^\p{Lu}/u.test(text.slice(start, end));
}
/** `/^\P{L}*\p{Lu}/u.test(w)`: the first letter is a capital. */
function firstLetterCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return /^\P{L}*\p{Lu}/u.test(text.slice(start, end));
    if (isAsciiLetter(c)) return isAsciiCapital(c);
  }
  return false;
}

export function isSpeech(words: string, before: string, hasCue: boolean, single: boolean): boolean {
  // No rule below counts past ten words, so only the first eleven are read.
  const { count, titleCase, capitalised } = firstTokens(words, 11);
  if (count === 0) return false;
  if (namesRatherThanQuotes(before)) return count >= 10 && hasCue;
  const utterance = isUtterance(words);
  // A sentence of its own right after a quote's cue goes on with that speech: ‘…,’ she said. ‘They weren’t.’
  if (utterance && /^\P{L}{0,3}\p{Lu}/u.test(words.trimStart().slice(0, 4)) && CUE_SENTENCE_BEFORE.test(before))
    return true;
  // A short run of capitalised words with no cue is a title: "Light Over Water". With a cue too, when
  // every word is capitalised and nothing ends a sentence: mugs that read “World’s Best Gran”, a film
  // called “The Salt Road” (a shout, “Order. Order!”, has its punctuation).
  if (count <= 7 && !hasCue && titleCase) return false;
  if (count >= 2 && count <= 5 && titleCase && capitalised && !/[.!?]/.test(words)) return false;
  // A cue makes even one word speech when it is a whole utterance: MPs shouted “Shame!”.
  if (single)
    return hasCue ? count >= 4 || utterance : count >= 8 && (FIRST_PERSON.test(words) || SECOND_PERSON.test(words));
  if (hasCue) return count >= 2 || utterance;
  return count >= 6 || /[.!?]\s+\S/.test(words) || FIRST_PERSON.test(words) || SECOND_PERSON.test(words);
}
