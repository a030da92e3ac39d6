/**
 * One damaged word put back: the accented letters a translation pipeline deleted ("rponse" →
 * "réponse"), only when the dictionary leaves no doubt.
 */
import type { Speller } from './speller';

const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * The word `token` was before its non-ASCII letters were deleted, or null: when `token` is a word
 * already, when no dictionary word reads like it, or when several do (`"est"` in Spanish could be
 * "está" or "esté": a repair never guesses). The result keeps the token's capital.
 */
export function restoreWord(token: string, speller: Speller): string | null {
  const [word, other] = restoreCandidates(token, speller);
  return word && !other ? word : null;
}

/** Every word `token` could have been before the damage, in the token's case; none when it is a
 * word as it stands. */
export function restoreCandidates(token: string, speller: Speller): string[] {
  if (!ASCII_WORD.test(token) || speller.correct(token)) return [];
  const lower = token.toLowerCase();
  const capitalised = token !== lower;
  // Only a lower-case word or one with a capital first letter: "gutNEE" is a link's code, "NATO" an acronym.
  if (capitalised && token.slice(1) !== lower.slice(1)) return [];
  const byLower = readings(speller.restore(lower), capitalised);
  if (byLower.size === 0 && speller.restoreCompound)
    for (const [k, w] of readings(speller.restoreCompound(lower), capitalised)) byLower.set(k, w);
  return [...byLower.values()].map((word) => (capitalised ? word[0]!.toUpperCase() + word.slice(1) : word));
}

/** The words among `words` a token could have been, by their lower case. */
function readings(words: readonly string[], capitalised: boolean): Map<string, string> {
  const byLower = new Map<string, string>();
  for (const word of words) {
    // A candidate with nothing put back is the token in another case ("Fr" for "fr"): no repair.
    if (ASCII_WORD.test(word)) continue;
    // A proper noun ("España") fits a token with a capital; a lower-case token needs a common word.
    if (!capitalised && word[0] !== word[0]!.toLowerCase()) continue;
    const key = word.toLowerCase();
    // "Mädchen" and "mädchen" are one answer; keep the dictionary's capital where it has one.
    const known = byLower.get(key);
    if (!known || known === key) byLower.set(key, word);
  }
  return byLower;
}
