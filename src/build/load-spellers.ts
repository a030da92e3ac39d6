/**
 * Hunspell dictionaries for the repair step, read from the `dictionary-xx` packages once per process
 * and only for the languages an article needs (French takes about 0.6 s, Polish about 2 s).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Article } from '../ingest/schema';
import { createHunspellSpeller } from '../ingest/repair/hunspell-speller';
import { loadSpellers as loadSpellersWith, repairWithSpellers } from '../ingest/repair/repair-with-spellers';
import type { Speller } from '../ingest/repair/speller';

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
export const loadSpellers = (langs: Iterable<string>) => loadSpellersWith(langs, loadSpeller);

/** The article with its repairs, loading the dictionaries its languages need. */
export const withRepairs = (article: Article) => repairWithSpellers(article, loadSpeller);
