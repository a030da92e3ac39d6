/**
 * The repair step in the ingest worker, as the build runs it (`withRepairs` in
 * src/build/load-spellers.ts): the dictionaries and word frequency lists of the languages an
 * article needs, fetched once per worker, and the same warning when they cannot be read.
 */
import { createHunspellSpeller } from '../../ingest/repair/hunspell-speller';
import { repairWithSpellers } from '../../ingest/repair/repair-with-spellers';
import type { Speller } from '../../ingest/repair/speller';
import type { Article } from '../../ingest/schema';
import { WORD_FREQUENCY_LISTS, wordRanksLoader } from '../../lib/word-frequency-lists';

/** Where a language's `.aff` and `.dic` are; null for a language without a dictionary. */
export type DictionaryLocator = (lang: string) => { aff: URL | string; dic: URL | string } | null;

/** Spellers being loaded or loaded, per locator (one in the worker) and language. */
const loaded = new WeakMap<DictionaryLocator, Map<string, Promise<Speller | null>>>();

async function fetchText(url: URL | string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${String(url)}: HTTP ${response.status}`);
  return response.text();
}

function loadSpeller(lang: string, locate: DictionaryLocator): Promise<Speller | null> {
  let loading = loaded.get(locate);
  if (!loading) loaded.set(locate, (loading = new Map()));
  let speller = loading.get(lang);
  if (!speller) {
    const where = locate(lang);
    speller = where
      ? Promise.all([fetchText(where.aff), fetchText(where.dic)]).then(([aff, dic]) => createHunspellSpeller(aff, dic))
      : Promise.resolve(null);
    // A failed fetch (offline, say) is tried again with the next article.
    speller.catch(() => loading.delete(lang));
    loading.set(lang, speller);
  }
  return speller;
}

const loadWordRanks = wordRanksLoader((lang) => WORD_FREQUENCY_LISTS[lang]?.() ?? null);

/** The article with its repairs; a dictionary or word list that cannot be fetched costs the repairs, with a warning. */
export const withRepairsInWorker = (article: Article, locate: DictionaryLocator): Promise<Article> =>
  repairWithSpellers(article, (lang) => loadSpeller(lang, locate), loadWordRanks);
