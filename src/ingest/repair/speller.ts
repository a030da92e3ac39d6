/**
 * What the repair step asks of a language's dictionary. The ingest core never loads one itself: the
 * caller builds spellers (src/build/load-spellers.ts in Node, a Web Worker in the browser) and
 * passes them in, so the core stays free of file access and of any dictionary format.
 */
export interface Speller {
  /** True when `word` is a word of the language as written, or lower-cased where a capital could
   * come from a sentence start (Hunspell's rule). */
  correct(word: string): boolean;
  /** The words of the language that read `skeleton` once every non-ASCII letter is deleted and the
   * rest lower-cased (`"rponse"` → `["réponse"]`), as the dictionary spells them. */
  restore(skeleton: string): readonly string[];
  /** Compound words that read `skeleton` (German "fhrungskrfte" → "Führungskräfte"), for a
   * language whose dictionary builds compounds; asked only when `restore` finds nothing. */
  restoreCompound?(skeleton: string): readonly string[];
}

/** Spellers by BCP 47 primary language (`fr`, `de` …). */
export type Spellers = ReadonlyMap<string, Speller>;

/** `word` lower-cased with every non-ASCII character deleted: what a damaged text keeps of it. */
export function skeletonOf(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) < 128) out += lower[i];
  return out;
}
