/**
 * The repair step in the ingest worker, as the build runs it (`withRepairs` in
 * src/build/load-spellers.ts): the dictionaries of the languages an article needs, fetched once per
 * worker, and the same warning when they cannot be read.
 */
import { createHunspellSpeller } from '../../ingest/repair/hunspell-speller';
import { repairArticle, repairLanguages } from '../../ingest/repair/repair-article';
import type { Speller } from '../../ingest/repair/speller';
import type { Article } from '../../ingest/schema';

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

/** The article with its repairs; a dictionary that cannot be fetched costs the repairs, with a warning. */
export async function withRepairsInWorker(article: Article, locate: DictionaryLocator): Promise<Article> {
  const langs = repairLanguages(article);
  if (langs.length === 0) return repairArticle(article, new Map());
  try {
    const spellers = new Map<string, Speller>();
    for (const lang of langs) {
      const speller = await loadSpeller(lang, locate);
      if (speller) spellers.set(lang, speller);
    }
    return repairArticle(article, spellers);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const warning = {
      code: 'repair-skipped',
      message: `Dictionaries for ${langs.join(', ')} could not be read, so no words were repaired (${reason}).`,
    };
    return { ...article, repairs: [], warnings: [...article.warnings, warning] };
  }
}
