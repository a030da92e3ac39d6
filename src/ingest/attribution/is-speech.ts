/** Tells speech in quotation marks from scare quotes, nicknames and titles ("the tunnel of patience"). */
import { isJsSpace } from '../text/ascii-words';
import { FIRST_PERSON, SECOND_PERSON, SPEECH_VERB_PATTERN } from './lexicon';

// Words that name rather than quote: "called it “a scandal”", "the so-called “green deal”".
const NAMING = [
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

/**
 * Whether one of the last three words of a text's last 40 characters (as `split(/\s+/)` cuts them) is
 * in a set: read back from the end, without cutting the rest.
 */
function lastWordsHold(text: string, words: ReadonlySet<string>): boolean {
  const floor = Math.max(0, text.length - 40);
  let end = text.length;
  for (let n = 0; n < 3; n++) {
    let start = end;
    while (start > floor && !isJsSpace(text.charCodeAt(start - 1))) start--;
    if (words.has(text.slice(start, end))) return true;
    if (start === floor) return false;
    end = start;
    while (end > floor && isJsSpace(text.charCodeAt(end - 1))) end--;
  }
  return false;
}

function namesRatherThanQuotes(before: string): boolean {
  const text = before.trimEnd().replace(/[,:]$/, '').trimEnd().toLowerCase();
  if (!lastWordsHold(text, NAMING_LAST_WORDS)) return false;
  if (NAMING.some((w) => text === w || text.endsWith(` ${w}`))) return true;
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

/** Up to `limit` space-separated tokens that hold a letter or a digit (read as the token is). */
function firstTokens(text: string, limit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length && out.length < limit) {
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    const start = i;
    let wordlike = false;
    for (let c = text.charCodeAt(i); i < text.length && c > 32; c = text.charCodeAt(++i)) wordlike ||= wordlikeCode(c);
    if (wordlike) out.push(text.slice(start, i));
  }
  return out;
}

// A token's first letter, read by code when everything up to it is ASCII (the Unicode patterns beside
// each test decide otherwise, and define them).
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
/** `/^\p{L}/u.test(w)` */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? isAsciiLetter(c) : /^\p{L}/u.test(w);
}
/** `/^\p{Lu}/u.test(w)` */
function startsWithCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? isAsciiCapital(c) : /^\p{Lu}/u.test(w);
}
/** `/^\P{L}*\p{Lu}/u.test(w)`: the first letter is a capital. */
function firstLetterCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return /^\P{L}*\p{Lu}/u.test(w);
    if (isAsciiLetter(c)) return isAsciiCapital(c);
  }
  return false;
}

export function isSpeech(words: string, before: string, hasCue: boolean, single: boolean): boolean {
  // No rule below counts past ten words, so only the first eleven are read.
  const tokens = firstTokens(words, 11);
  const count = tokens.length;
  if (count === 0) return false;
  if (namesRatherThanQuotes(before)) return count >= 10 && hasCue;
  const utterance = isUtterance(words);
  // A sentence of its own right after a quote's cue goes on with that speech: ‘…,’ she said. ‘They weren’t.’
  if (utterance && /^\P{L}{0,3}\p{Lu}/u.test(words.trimStart().slice(0, 4)) && CUE_SENTENCE_BEFORE.test(before))
    return true;
  // A short run of capitalised words with no cue is a title: "Light Over Water". With a cue too, when
  // every word is capitalised and nothing ends a sentence: mugs that read “World’s Best Gran”, a film
  // called “The Salt Road” (a shout, “Order. Order!”, has its punctuation).
  let titleCase = true;
  for (const w of tokens) if (w.length > 3 && startsWithLetter(w) && !startsWithCapital(w)) titleCase = false;
  if (count <= 7 && !hasCue && titleCase) return false;
  if (count >= 2 && count <= 5 && titleCase && tokens.every(firstLetterCapital) && !/[.!?]/.test(words)) return false;
  // A cue makes even one word speech when it is a whole utterance: MPs shouted “Shame!”.
  if (single)
    return hasCue ? count >= 4 || utterance : count >= 8 && (FIRST_PERSON.test(words) || SECOND_PERSON.test(words));
  if (hasCue) return count >= 2 || utterance;
  return count >= 6 || /[.!?]\s+\S/.test(words) || FIRST_PERSON.test(words) || SECOND_PERSON.test(words);
}
