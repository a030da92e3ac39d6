/**
 * Hunspell dictionaries for the repair step, read from the `dictionary-xx` packages once per process
 * and only for the languages an article needs (French takes about 0.6 s, Polish about 2 s), and the
 * word frequency lists beside them, read the same way (src/lib/word-frequency-lists.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Article } from '../ingest/schema';
import { createHunspellSpeller } from '../ingest/repair/hunspell-speller';
import { loadPerLanguage, repairWithSpellers } from '../ingest/repair/repair-with-spellers';
import type { Speller } from '../ingest/repair/speller';
import { WORD_LIST_MODULES } from '../ingest/repair/word-list-modules';
import { wordRanksLoader } from '../lib/word-frequency-lists';

/** The languages with an installed dictionary package. */
export const DICTIONARY_LANGUAGES = ['de', 'es', 'fr', 'it', 'nl', 'pl'] as const;

const require = createRequire(import.meta.url);
const loading = new Map<string, Promise<Speller | null>>();

/** The speller for `lang`, loaded on first use; null when no dictionary is installed for it. */
export function loadSpeller(lang: string): Promise<Speller | null> {
  let speller = loading.get(lang);
  if (!speller) {
    speller = readSpeller(lang);
    loading.set(lang, speller);
  }
  return speller;
}

async function readSpeller(lang: string): Promise<Speller | null> {
  if (!(DICTIONARY_LANGUAGES as readonly string[]).includes(lang)) return null;
  // The packages export `{aff, dic}` through a top-level await that Vite's module runner would
  // have to follow; reading their two files is the same and simpler.
  const dir = dirname(require.resolve(`dictionary-${lang}`));
  const [aff, dic] = await Promise.all([
    readFile(join(dir, 'index.aff'), 'utf8'),
    readFile(join(dir, 'index.dic'), 'utf8'),
  ]);
  return createHunspellSpeller(aff, dic);
}

/** Spellers for every language in `langs` that has an installed dictionary. */
export const loadSpellers = (langs: Iterable<string>) => loadPerLanguage(langs, loadSpeller);

/** The word ranks of `lang`, read on first use; null when no frequency list is installed for it.
 * `require`, not `import()`: Vite's module runner, which loads the build's pipeline, is closed by
 * the time a list is wanted, and leaves `require` to Node. */
export const loadWordRanks = wordRanksLoader((lang) => {
  const module = WORD_LIST_MODULES[lang];
  return module ? Promise.resolve(require(module) as readonly string[]) : null;
});

/** Word ranks for every language in `langs` that has a frequency list. */
export const loadWordRanksFor = (langs: Iterable<string>) => loadPerLanguage(langs, loadWordRanks);

/** The article with its repairs, loading the dictionaries and word lists its languages need. */
export const withRepairs = (article: Article) => repairWithSpellers(article, loadSpeller, loadWordRanks);
