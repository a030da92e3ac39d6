/**
 * The repairs one stretch of text in a known language needs: words whose accented letters were
 * deleted, and elisions whose apostrophe became "? " with a capital after it ("d? Viter" →
 * "d’éviter", "c? Est" → "c’est", "l? Europe" → "l’Europe").
 */
import { chooseCandidate } from './choose-candidate';
import { restoreCandidates, restoreWord } from './restore-word';
import { skeletonOf, type Speller } from './speller';
import type { WordRanks } from './word-ranks';

/** One repair inside a text: offsets are UTF-16 code units of that text. */
export interface TextRepair {
  start: number;
  end: number;
  original: string;
  repaired: string;
}

// Words that elide before a vowel, by language. Only these can stand before the damaged "? ", so a
// real question mark ("Pourquoi? Elle …") is never read as one.
const ELIDING: Record<string, readonly string[]> = {
  fr: ['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'],
  it: ['l', 'c', 'd', 'un', 'dell', 'dall', 'nell', 'sull', 'all', 'quest', 'quell', 'tutt', 'nessun'],
};
const elisionPatterns = new Map<string, RegExp>();
function elisionPattern(lang: string): RegExp | null {
  const words = ELIDING[lang];
  if (!words) return null;
  let re = elisionPatterns.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\d’'])(${words.join('|')})\\? (\\p{L}+)`, 'giu');
    elisionPatterns.set(lang, re);
  }
  return re;
}

const ELIDES_BEFORE = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

// Links, handles and hashtags are not words of any language.
const NOT_PROSE = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*|[@#][\w.]+/g;
const WORD = /\p{L}+/gu;
// Latin letters beyond ASCII (× and ÷ are not letters).
const ACCENTED_LETTER = /[À-ÖØ-öø-ɏ]/;
const LETTER_AFTER = /^[\p{L}\d]/u;
const MIN_KNOWN_SHARE = 0.6;
// Words before a token count as its context (candidate-preferences.ts) only within one clause: one
// space (or line break) between them, or, in a language with elisions, the "? " of a damaged one
// ("s? Tait"). Two spaces are where the damage deleted a dash or quotation mark ("Politycy – muszę
// przyznać –" reads "Politycy  musz"), and elsewhere "? " is a question's end: both part clauses.
const SAME_CLAUSE = /^(?:\s|\r\n)$/;
const SAME_CLAUSE_ELIDING = /^(?:\s|\r\n|\? )$/;
const CONTEXT_WORDS = 2;

/**
 * Repairs for `text` written in `lang`. A text that still has an accented letter was not stripped
 * (its unknown words are names or foreign words), so it gets none. `ranks` (the language's word
 * frequencies, when at hand) settle some tokens the dictionary leaves open.
 */
export function findRepairs(text: string, lang: string, speller: Speller, ranks?: WordRanks): TextRepair[] {
  if (ACCENTED_LETTER.test(text)) return [];
  const repairs: TextRepair[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(NOT_PROSE)) taken.push([m.index, m.index + m[0].length]);
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);

  const elision = elisionPattern(lang);
  if (elision) {
    for (const m of text.matchAll(elision)) {
      const [whole, head, next] = m as unknown as [string, string, string];
      if (!free(m.index, m.index + whole.length)) continue;
      const word = elidedWord(next, lang, speller, ranks);
      // Elision happens before a vowel or a mute h: "c? Posto" lost a whole word ("c’è posto"), not an apostrophe.
      if (!word || !ELIDES_BEFORE.test(word)) continue;
      repairs.push({ start: m.index, end: m.index + whole.length, original: whole, repaired: `${head}’${word}` });
      taken.push([m.index, m.index + whole.length]);
    }
  }
  let words = 0;
  let known = repairs.length;
  let before: string[] = [];
  // The word just before as repaired or as written; undefined when it was left open or is in another clause.
  let previous: string | undefined;
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!(ELIDING[lang] ? SAME_CLAUSE_ELIDING : SAME_CLAUSE).test(text.slice(lastEnd, start))) {
      before = [];
      previous = undefined;
    }
    const context = before.slice(-CONTEXT_WORDS);
    // Whether the context reaches back to the clause's first word.
    const clauseStart = before.length <= CONTEXT_WORDS;
    const previousWord = previous;
    before.push(skeletonOf(m[0]));
    previous = m[0];
    lastEnd = end;
    // A word glued to digits ("5Frb") is a code, not prose.
    if (!free(start, end) || /\d/.test(text[start - 1] ?? '') || LETTER_AFTER.test(text.slice(end, end + 1))) continue;
    words++;
    if (speller.correct(m[0])) {
      known++;
      continue;
    }
    const candidates = restoreCandidates(m[0], speller);
    // A word with several readings is still a word of this language, only not one to repair.
    if (candidates.length > 0) known++;
    const repaired =
      candidates.length === 1
        ? candidates[0]!
        : chooseCandidate(candidates, lang, context, ranks, {
            previous: previousWord,
            clauseStart,
            speller,
          });
    if (repaired) repairs.push({ start, end, original: m[0], repaired });
    previous = repaired ?? (candidates.length > 0 ? undefined : m[0]);
  }
  // Most words of a text in this language are its words once repaired. Where they are not, the
  // language was misread (short English read as French) or the text is a mix: no repair then.
  if (known < words * MIN_KNOWN_SHARE) return [];
  return repairs.sort((a, b) => a.start - b.start);
}

/** The word after a damaged elision: lower-cased ("c? Est" → "est") unless only its capital is a
 * word ("l? Europe"), else put back ("d? Viter" → "éviter"). A word that cannot follow an elision
 * ("tait" after "s? ") lost its first vowel: it is put back when one word starting with a vowel fits
 * ("s? Tait" → "s’était", "ôtait" being a far rarer sequence of letters). */
function elidedWord(next: string, lang: string, speller: Speller, ranks?: WordRanks): string | null {
  const lower = next.toLowerCase();
  if (speller.correct(lower)) return ELIDES_BEFORE.test(lower) ? lower : lostVowel(lower, lang, speller, ranks);
  // A common word put back before a name: "l? Anne" is "l’année"; "l? Europe" has no other reading.
  const restored = restoreWord(lower, speller);
  if (restored) return restored;
  return speller.correct(next) ? (ELIDES_BEFORE.test(next) ? next : lostVowel(lower, lang, speller, ranks)) : null;
}

/** `word` with a vowel put back before it where exactly one reading starts with one ("tait" → "était",
 * "lyse" → "Élysée"), else `word` (which then cannot follow the elision). */
function lostVowel(word: string, lang: string, speller: Speller, ranks?: WordRanks): string {
  const byLower = new Map<string, string>();
  for (const w of speller.restore(word)) if (ELIDES_BEFORE.test(w)) byLower.set(w.toLowerCase(), w);
  return (byLower.size > 0 && chooseCandidate([...byLower.values()], lang, [], ranks)) || word;
}
