/**
 * The frequency-ranked word lists the accent repair reads (src/ingest/repair/word-ranks.ts): the
 * `commonWords` list of each zxcvbn-ts language package, most frequent first. Only that module of
 * each package is imported (the packages also hold names and Wikipedia titles, which the repair
 * does not need), and each only when an article in its language is repaired: in the browser, Vite
 * makes each list its own chunk, which the ingest worker fetches on first use (never on a page
 * load); the build reads the packages' CommonJS copies (src/ingest/repair/word-list-modules.ts).
 */
import { rankWords, type WordRanks } from '../ingest/repair/word-ranks';

/** Each language's list as an ES module chunk (the browser's ingest worker). */
export const WORD_FREQUENCY_LISTS: Record<string, () => Promise<readonly string[]>> = {
  de: () => import('@zxcvbn-ts/language-de/dist/commonWords.json.esm.js').then((m) => m.default),
  es: () => import('@zxcvbn-ts/language-es-es/dist/commonWords.json.mjs').then((m) => m.default),
  fr: () => import('@zxcvbn-ts/language-fr/dist/commonWords.json.mjs').then((m) => m.default),
  it: () => import('@zxcvbn-ts/language-it/dist/commonWords.json.esm.js').then((m) => m.default),
  nl: () => import('@zxcvbn-ts/language-nl-be/dist/commonWords.json.esm.js').then((m) => m.default),
  pl: () => import('@zxcvbn-ts/language-pl/dist/commonWords.json.esm.js').then((m) => m.default),
};

/** Reads one language's list; null for a language without one. */
export type ReadWordList = (lang: string) => Promise<readonly string[]> | null;

/** The word ranks of a language, each list read once (per process or worker) and on first use. */
export function wordRanksLoader(read: ReadWordList): (lang: string) => Promise<WordRanks | null> {
  const loading = new Map<string, Promise<WordRanks | null>>();
  return (lang) => {
    let ranks = loading.get(lang);
    if (!ranks) {
      ranks = read(lang)?.then(rankWords) ?? Promise.resolve(null);
      // A chunk that failed to load (offline, say) is tried again with the next article.
      ranks.catch(() => loading.delete(lang));
      loading.set(lang, ranks);
    }
    return ranks;
  };
}
