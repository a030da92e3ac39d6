/**
 * "The reading lasted two hours": a sentence whose verb is an "-ed" past tense, not a participle
 * after an auxiliary ("has been humiliated") or an adjective after an article ("the annulled goal").
 * The rule is the pattern `ED_WORD` below; on Latin-1 text (nearly every article) it is read by a
 * scan over character codes that gives the same answer (the test checks the two agree), since the
 * Unicode pattern, tried at every position, was 2% of the whole ingest.
 */
import { isJsSpace, isLatin1Text } from '../text/ascii-words';

// (?<!\S): each try starts at a word, so a long run without spaces is not read again from every character.
const ED_WORD = /(?<!\S)(\S+)\s+(\p{Ll}{2,}ed)(?!\p{L})(?!\s+by\b)/gu;
const NOT_BEFORE_VERB =
  /^(?:is|are|am|be|been|being|was|were|has|have|had|get|gets|got|the|a|an|this|that|these|those|very|so|too|not|more|most|less|well|fully|already|just|newly|his|her|its|their|our|my|your|of|and|or)$/i;

/** True when the word before an "-ed" word can stand before a verb ("The reading lasted"). */
function beforeAVerb(word: string, before: string): boolean {
  return before !== '' && !NOT_BEFORE_VERB.test(before) && !word.endsWith(',');
}

/** The rule as a pattern: what the scan below must answer, for any text. */
export function pastTenseByPattern(s: string): boolean {
  ED_WORD.lastIndex = 0;
  for (let m = ED_WORD.exec(s); m; m = ED_WORD.exec(s)) {
    if (beforeAVerb(m[1]!, m[1]!.replace(/[^\p{L}']/gu, ''))) return true;
  }
  return false;
}

// Letters of Latin-1 text as \p{Ll} and \p{L} read them (isLatin1Text keeps out µ, ª and º).
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95;

/** The end of the "-ed" word the pattern would take at `at` (its run of lower-case letters), or -1. */
function edWordEnd(s: string, at: number): number {
  let e = at;
  while (e < s.length && isLower(s.charCodeAt(e))) e++;
  if (e - at < 4 || s.charCodeAt(e - 2) !== 101 || s.charCodeAt(e - 1) !== 100) return -1;
  if (e < s.length && isLetter(s.charCodeAt(e))) return -1;
  // (?!\s+by\b)
  let k = e;
  while (k < s.length && isJsSpace(s.charCodeAt(k))) k++;
  if (k > e && s.startsWith('by', k) && !(k + 2 < s.length && isWordChar(s.charCodeAt(k + 2)))) return -1;
  return e;
}

/** The same answer as `pastTenseByPattern`, by character codes when the text is Latin-1. */
export function pastParticipleAsVerb(s: string): boolean {
  if (!isLatin1Text(s)) return pastTenseByPattern(s);
  const n = s.length;
  // The words (runs of non-spaces) in pairs: the pattern reads each word with the one after it, and
  // after a match it goes on from the end of the "-ed" word, so that word opens no pair of its own.
  let i = 0;
  while (i < n && isJsSpace(s.charCodeAt(i))) i++;
  while (i < n) {
    const start = i;
    while (i < n && !isJsSpace(s.charCodeAt(i))) i++;
    const end = i;
    while (i < n && isJsSpace(s.charCodeAt(i))) i++;
    if (i >= n) return false;
    const edEnd = edWordEnd(s, i);
    if (edEnd < 0) continue;
    const word = s.slice(start, end);
    if (beforeAVerb(word, word.replace(/[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF']/g, ''))) return true;
    // On from the end of the "-ed" word: past the rest of its run and the spaces after it.
    i = edEnd;
    while (i < n && !isJsSpace(s.charCodeAt(i))) i++;
    while (i < n && isJsSpace(s.charCodeAt(i))) i++;
  }
  return false;
}
