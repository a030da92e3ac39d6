/**
 * Answers of pure functions of one phrase, kept: the rules ask the same questions of the same
 * phrases ("police", "the mayor", "a spokesperson for the council") again and again as they read an
 * article. Only for functions whose answer depends on the phrase alone (the lexicon is fixed at load)
 * and never `undefined`; answers that are objects are frozen, since every caller shares them. The
 * cache is emptied when it fills, so a long article cannot grow it without end.
 */
export function memoize<T>(fn: (phrase: string) => T, max = 4096): (phrase: string) => T {
  const cache = new Map<string, T>();
  return (phrase: string): T => {
    let answer = cache.get(phrase);
    if (answer !== undefined) return answer;
    answer = fn(phrase);
    if (answer !== null && typeof answer === 'object') Object.freeze(answer);
    if (cache.size >= max) cache.clear();
    cache.set(phrase, answer);
    return answer;
  };
}
