/**
 * Whether a paragraph opens the way story text does and no page-furniture line can: a word of
 * ASCII letters that no furniture rule opens with, one space, then a word in lower case ("The
 * council …", "Costa replied …"). Most story paragraphs open so, and for them the furniture step
 * skips the rules that could only match a paragraph opening otherwise (all but those marked
 * `mayOpenLikeStory` in page-furniture.ts): that saved most of the step's time, which went on
 * patterns failing on story text.
 *
 * Why no other rule can match such a paragraph, by the way the rules open:
 * - a fixed word, case-insensitively ("Share …", "Photo: …", "This article was …"): that word is in
 *   FURNITURE_FIRST_WORDS, or, for "The" and "A", the word after it is in FURNITURE_SECOND_WORDS;
 * - any word and then "most read", "trending" or "top stories" (related-links): AFTER_ANY_WORD;
 * - a name, an agency or a wire service ("Lena Marsh, …", "By Lena Marsh", "The Canadian Press",
 *   "Bloomberg News"): their second word is capitalised, or there is none;
 * - a label before a bar or a colon ("WATCH | …"), an address ("lmarsh@…"), a bracket, a dash, a
 *   digit or "©": no letter, or no space, where the story opening has one.
 * The words are compared whole and in ASCII: a word that goes on in other letters (the long ſ and
 * the Kelvin sign fold to s and k in a case-insensitive Unicode pattern) does not open like a story.
 */
import { hashesOf, isWordIn } from '../text/ascii-words';

// The first words of the rules that open with a fixed word (lower case; the tests hold every
// rule's example and generated lines to them). A paragraph opening with one of them is not settled
// here, whatever follows.
export const FURNITURE_FIRST_WORDS: ReadonlySet<string> = new Set([
  // Sharing, navigation and advertising.
  'social',
  'share',
  'send',
  'copy',
  'facebook',
  'twitter',
  'linkedin',
  'email',
  'whatsapp',
  'reddit',
  'flipboard',
  'pinterest',
  'bluesky',
  'tweet',
  'print',
  'link',
  'save',
  'gift',
  'comment',
  'comments',
  'bookmark',
  'article',
  'story',
  'content',
  'this',
  'advertisement',
  'advertising',
  'skip',
  'sponsored',
  'paid',
  'partner',
  'supported',
  'ad',
  'hide',
  'close',
  'connect',
  'your',
  'continue',
  'back',
  'loading',
  'video',
  'duration',
  'listen',
  'reading',
  'estimated',
  'related',
  'most',
  'trending',
  'read',
  'see',
  'also',
  'recommended',
  'latest',
  'editor',
  'editors',
  'you',
  'sign',
  'subscribe',
  'get',
  'register',
  'open',
  'view',
  'enlarge',
  'expand',
  'click',
  'tap',
  'follow',
  'report',
  'editorial',
  'about',
  'log',
  'create',
  'already',
  'thanks',
  'by',
  'corrections',
  'correction',
  'leave',
  'add',
  'post',
  'join',
  // Captions and credits.
  'image',
  'images',
  'photo',
  'photos',
  'photoy',
  'photograph',
  'photographs',
  'photography',
  'picture',
  'pictures',
  'media',
  'caption',
  'pictured',
  'above',
  'below',
  'main',
  'top',
  'illustration',
  'illustrations',
  'file',
  'composite',
  'credit',
  'credits',
  'courtesy',
  'submitted',
  'supplied',
  'handout',
  // Bylines, contacts and notes.
  'author',
  'authors',
  'written',
  'words',
  'posted',
  'byline',
  'with',
  'additional',
  'reporting',
  'writing',
  'editing',
  'compiled',
  'produced',
  'research',
  'contact',
  'x',
  'instagram',
  'threads',
  'copyright',
]);

// Story words that open furniture with the word after them: "The article continues below", "The
// audio version of this story is generated …", "A welcome email is on its way", "More coverage".
const FURNITURE_SECOND_WORDS = new Map([
  ['the', ['article', 'story', 'content', 'audio']],
  ['a', ['welcome']],
  ['more', ['coverage', 'from']],
]);

// related-links takes any word before these: "Politics most read", "World trending now".
const AFTER_ANY_WORD = new Set(['most', 'trending', 'top']);

// The words are looked up in place (ascii-words.ts): cutting each paragraph's first words out and
// lower-casing them cost more than the patterns this test spares.
const FIRST_WORD_HASHES = hashesOf(FURNITURE_FIRST_WORDS);
const SECOND_WORDS = new Set([...FURNITURE_SECOND_WORDS.values()].flat());
const SECOND_WORD_HASHES = hashesOf(SECOND_WORDS);
const AFTER_ANY_WORD_HASHES = hashesOf(AFTER_ANY_WORD);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** The end of the run of ASCII letters from `start`. */
function asciiWordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** True when `paragraph` opens like story text, which no furniture rule but the few that may open
 * with any words can match (see the file's comment). */
export function opensLikeStory(paragraph: string): boolean {
  const firstEnd = asciiWordEnd(paragraph, 0);
  if (firstEnd === 0 || paragraph.charCodeAt(firstEnd) !== 32) return false;
  if (isWordIn(paragraph, 0, firstEnd, FURNITURE_FIRST_WORDS, FIRST_WORD_HASHES)) return false;
  const secondStart = firstEnd + 1;
  const c = paragraph.charCodeAt(secondStart);
  // A dateline's dash ("HARBOURTON – …"): no rule reads a dash after one word and a space.
  if (c === EN_DASH || c === EM_DASH) return paragraph.charCodeAt(secondStart + 1) === 32;
  if (!isLowerAscii(c)) return false;
  const secondEnd = asciiWordEnd(paragraph, secondStart);
  // (A word going on in other letters is not read here: see the file's comment.)
  if (secondEnd < paragraph.length && paragraph.charCodeAt(secondEnd) >= 0x80) return false;
  if (isWordIn(paragraph, secondStart, secondEnd, AFTER_ANY_WORD, AFTER_ANY_WORD_HASHES)) return false;
  if (!isWordIn(paragraph, secondStart, secondEnd, SECOND_WORDS, SECOND_WORD_HASHES)) return true;
  const second = paragraph.slice(secondStart, secondEnd).toLowerCase();
  return !FURNITURE_SECOND_WORDS.get(paragraph.slice(0, firstEnd).toLowerCase())?.includes(second);
}

// The quotation marks a paragraph of speech opens with: " “ „ «.
const OPENING_QUOTATION_MARKS = [0x22, 0x201c, 0x201e, 0xab];

/**
 * True when `paragraph` opens with a quotation mark, as a paragraph of speech does: like a story
 * opening, only the rules that may open with any words can match it. Every other rule opens with a
 * letter, a digit, a bracket, a dash, "©", "@" or white space (a word, a name in capitals, an
 * address), none of which is a quotation mark, and no quotation mark has a case to fold.
 */
export function opensWithQuotationMark(paragraph: string): boolean {
  return OPENING_QUOTATION_MARKS.includes(paragraph.charCodeAt(0));
}
