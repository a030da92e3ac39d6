/** A speller over a fixed word list, for tests: no dictionary file needed. */
import { skeletonOf, type Speller } from './speller';

export function fakeSpeller(words: readonly string[]): Speller {
  const known = new Set(words);
  return {
    correct: (word) => known.has(word) || known.has(word.toLowerCase()),
    restore: (skeleton) => words.filter((w) => skeletonOf(w) === skeleton && w !== skeleton),
  };
}
