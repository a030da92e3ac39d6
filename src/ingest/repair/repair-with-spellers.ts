/**
 * The repair step wherever the dictionaries come from: the build reads them from the
 * `dictionary-xx` packages (src/build/load-spellers.ts), the browser's ingest worker fetches them
 * (src/features/local-articles/worker-spellers.ts). Both hand over how to load one language's
 * speller and, optionally, its word ranks; what an article needs, and what a reader is told when a
 * dictionary cannot be read, is decided here once.
 */
import type { Article } from '../schema';
import { repairArticle, repairLanguages } from './repair-article';
import type { Speller } from './speller';
import type { WordRanks } from './word-ranks';

/** Loads the speller of a language; null when there is no dictionary for it. */
export type LoadSpeller = (lang: string) => Promise<Speller | null>;

/** Loads the word ranks of a language; null when there is no frequency list for it. */
export type LoadWordRanks = (lang: string) => Promise<WordRanks | null>;

/** What `load` gives for every language in `langs` that has one (spellers, word ranks), by language. */
export async function loadPerLanguage<T>(
  langs: Iterable<string>,
  load: (lang: string) => Promise<T | null>,
): Promise<Map<string, T>> {
  const loaded = new Map<string, T>();
  for (const lang of langs) {
    const found = await load(lang);
    if (found) loaded.set(lang, found);
  }
  return loaded;
}

/**
 * The article with its repairs. A dictionary or frequency list that cannot be read costs the
 * repairs (a warning says so), never the article: repairs made without the list would differ from
 * the build's.
 */
export async function repairWithSpellers(
  article: Article,
  load: LoadSpeller,
  loadRanks?: LoadWordRanks,
): Promise<Article> {
  const langs = repairLanguages(article);
  if (langs.length === 0) return repairArticle(article, new Map());
  try {
    const spellers = await loadPerLanguage(langs, load);
    const ranks = loadRanks ? await loadPerLanguage(langs, loadRanks) : new Map<string, WordRanks>();
    return repairArticle(article, spellers, ranks);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const warning = {
      code: 'repair-skipped',
      message: `Dictionaries or word lists for ${langs.join(', ')} could not be read, so no words were repaired (${reason}).`,
    };
    return { ...article, repairs: [], warnings: [...article.warnings, warning] };
  }
}
