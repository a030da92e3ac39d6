/**
 * How common the words of a language are: each word's place in a list ordered by frequency, most
 * frequent first. The core never loads a list itself; the caller reads one (src/lib/word-frequency-lists.ts)
 * and hands the ranks in, as it does the spellers.
 */
export interface WordRanks {
  /** The word's place in the list (1 = the most frequent), by its lower case; undefined when the list lacks it. */
  rankOf(word: string): number | undefined;
  /** How many words the list holds: a word it lacks is rarer than the last of them. */
  readonly size: number;
}

/** Word ranks by BCP 47 primary language (`fr`, `pl` …). */
export type WordRanksByLanguage = ReadonlyMap<string, WordRanks>;

/** The ranks of `words`, most frequent first; a word listed twice keeps its better place. */
export function rankWords(words: readonly string[]): WordRanks {
  const ranks = new Map<string, number>();
  words.forEach((word, i) => {
    const key = word.toLowerCase();
    if (!ranks.has(key)) ranks.set(key, i + 1);
  });
  return { rankOf: (word) => ranks.get(word.toLowerCase()), size: words.length };
}
