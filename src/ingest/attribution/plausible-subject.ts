import { isJsSpace } from '../text/ascii-words';
import { ROLE_WORDS } from './lexicon';
import { memoize } from './memo';
import { readUnnamedSource } from './unnamed-sources';

const DESCRIBED_NAME = /^(?:\p{Ll}[\p{L}'’-]*\s+){1,5}(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;
// Words that open an adverbial, not a description: "said on Tuesday Ana Roy" is no description.
const NOT_A_DESCRIPTION = new Set([
  'on',
  'in',
  'at',
  'to',
  'from',
  'by',
  'with',
  'for',
  'of',
  'after',
  'before',
  'during',
  'last',
  'this',
  'yesterday',
  'today',
  'that',
  'as',
  'when',
  'while',
  'outside',
  'inside',
  'and',
  'but',
  'then',
  'also',
  'later',
  'again',
]);

// Lower-case titles joined by "and", "&" or commas, then a capitalised run (a title in capitals, a name).
const ROLE_LIST_THEN_NAME =
  /^\p{Ll}[\p{L}-]*(?:,?\s+(?:and|&)\s+|,\s*|\s+&\s+)[\p{L}\s,&-]*?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/** "chairman, president & CEO Ben Smith": two titles or more, joined, then a name. */
export function titlesThenName(phrase: string): boolean {
  return ROLE_LIST_THEN_NAME.test(phrase) && rolesBeforeName(phrase);
}

/** Whether every word before the name is a title (ROLE_WORDS, in any case) or a word joining two. */
function rolesBeforeName(head: string): boolean {
  const words = head.split(/\s*,\s*|\s+/);
  let i = 0;
  let titles = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'and' || word === '&') continue;
    if (!ROLE_WORDS.has(word.toLowerCase())) break;
    titles++;
  }
  // Two titles at least, and a name of one to three capitalised words after them.
  const rest = words.length - i;
  return titles >= 2 && rest >= 1 && rest <= 3 && words.slice(i).every((w) => /^\p{Lu}/u.test(w));
}

/** A subject that can speak: a pronoun, a capitalised name, or a short noun phrase — not a clause. */
export function plausibleSubject(phrase: string): boolean {
  // A phrase that opens with a capital (a name, "The company") is one when the words before its
  // first comma are few enough: every reading below says yes to it. Answered here, without the
  // look-up in the readings kept: a phrase cut fresh from a sentence is hashed on its first look-up,
  // which costs more than this test, and most subjects are such phrases.
  if (opensWithAsciiCapital(phrase) && headWordsAtMost(phrase, MAX_HEAD_WORDS)) return true;
  return readPlausibleSubject(phrase);
}

/** A subject's words before its first comma: more than this many make a clause, not a subject. */
const MAX_HEAD_WORDS = 8;

const opensWithAsciiCapital = (phrase: string) => {
  const c = phrase.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/**
 * Whether `phrase.split(',')[0].trim().split(/\s+/)` has at most `limit` words, for a phrase that
 * opens with a letter: one word, and one more after each run of spaces that a letter follows.
 */
function headWordsAtMost(phrase: string, limit: number): boolean {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c === 44) break;
    if (isJsSpace(c)) inSpace = true;
    else if (inSpace) {
      inSpace = false;
      if (++words > limit) return false;
    }
  }
  return true;
}

const readPlausibleSubject = memoize(function plausibleSubject(phrase: string): boolean {
  // "chairman and CEO Dana Whitfield", "chairman, president & CEO Ben Smith": titles joined before a name.
  if (titlesThenName(phrase.trim())) return true;
  const head = phrase.split(',')[0]?.trim() ?? '';
  if (!head) return false;
  if (/^(?:he|she|they|we|i)$/i.test(head)) return true;
  const words = head.split(/\s+/);
  if (words.length > MAX_HEAD_WORDS) return false;
  // "“…,” police said", "residents say": a group that speaks as one.
  if (readUnnamedSource(head)?.plural) return true;
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|not|and|but)\b/i.test(head) && !/^\p{Lu}/u.test(head))
    return false;
  // "manager Luis Ortega": a bare role word before a name.
  const bareRole = /^(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+\p{Lu}/u.exec(head);
  if (bareRole?.[1] && ROLE_WORDS.has(bareRole[1])) return true;
  // "retired bus driver Walter Oyelaran", "heavy-equipment operator Tom Pelley": a description, then the name.
  if (DESCRIBED_NAME.test(head) && !NOT_A_DESCRIPTION.has(head.split(/\s+/)[0]!.toLowerCase())) return true;
  return /^(?:the|a|an|one|another|its|his|her|their)\s/i.test(head) || /^\p{Lu}/u.test(head);
});
