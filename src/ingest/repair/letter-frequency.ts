/**
 * How common a word's letter sequences are in a language, read from the trigram profiles franc-min
 * ships (the 300 most frequent trigrams of each language, most frequent first). A letter-level
 * frequency model, not a word list: it tells "être" from "âtre" because " êt" and "êtr" are among
 * French's commonest trigrams, and nothing about two words whose differing letters are rare in both.
 */
import { data } from 'franc-min/data.js';

// Our BCP 47 primary tags → franc's ISO 639-3 codes, for the languages the repair reads.
const FRANC_CODE: Record<string, string> = { fr: 'fra', de: 'deu', it: 'ita', es: 'spa', nl: 'nld', pl: 'pol' };
const PROFILE_SIZE = 300;

const profiles = new Map<string, Map<string, number> | null>();

/** Trigram → its weight (300 for the commonest, 1 for the 300th), or null for a language franc lacks. */
function profileOf(lang: string): Map<string, number> | null {
  if (profiles.has(lang)) return profiles.get(lang)!;
  const code = FRANC_CODE[lang];
  const list = code ? data.Latin?.[code] : undefined;
  const profile = list ? new Map(list.split('|').map((t, rank) => [t, PROFILE_SIZE - rank] as const)) : null;
  profiles.set(lang, profile);
  return profile;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The summed weight in `lang`'s profile of `word`'s trigrams (with a space before and after, as
 * franc reads words) that hold a non-ASCII letter: how common the letters put back are where they
 * stand. The plain-letter trigrams are left out: every restoration shares them, except where one
 * candidate is longer, and there they would only favour whichever ending is commoner in general
 * ("te " over "tée "), not this word. 0 for a language without a profile.
 */
export function letterFrequency(word: string, lang: string): number {
  const profile = profileOf(lang);
  if (!profile) return 0;
  const padded = ` ${word.toLowerCase()} `;
  let sum = 0;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    if (NON_ASCII.test(trigram)) sum += profile.get(trigram) ?? 0;
  }
  return sum;
}
