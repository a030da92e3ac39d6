/**
 * The repairs one stretch of text in a known language needs: words whose accented letters were
 * deleted, and elisions whose apostrophe became "? " with a capital after it ("d? Viter" →
 * "d’éviter", "c? Est" → "c’est", "l? Europe" → "l’Europe").
 */
import { restoreCandidates, restoreWord } from './restore-word';
import type { Speller } from './speller';

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

/**
 * Repairs for `text` written in `lang`. A text that still has an accented letter was not stripped
 * (its unknown words are names or foreign words), so it gets none.
 */
export function findRepairs(text: string, lang: string, speller: Speller): TextRepair[] {
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
      const word = elidedWord(next, speller);
      // Elision happens before a vowel or a mute h: "c? Posto" lost a whole word ("c’è posto"), not an apostrophe.
      if (!word || !ELIDES_BEFORE.test(word)) continue;
      repairs.push({ start: m.index, end: m.index + whole.length, original: whole, repaired: `${head}’${word}` });
      taken.push([m.index, m.index + whole.length]);
    }
  }
  let words = 0;
  let known = repairs.length;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
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
    if (candidates.length === 1) repairs.push({ start, end, original: m[0], repaired: candidates[0]! });
  }
  // Most words of a text in this language are its words once repaired. Where they are not, the
  // language was misread (short English read as French) or the text is a mix: no repair then.
  if (known < words * MIN_KNOWN_SHARE) return [];
  return repairs.sort((a, b) => a.start - b.start);
}

/** The word after a damaged elision: lower-cased ("c? Est" → "est") unless only its capital is a
 * word ("l? Europe"), else put back ("d? Viter" → "éviter"). */
function elidedWord(next: string, speller: Speller): string | null {
  const lower = next.toLowerCase();
  if (speller.correct(lower)) return lower;
  if (speller.correct(next)) return next;
  return restoreWord(lower, speller);
}
