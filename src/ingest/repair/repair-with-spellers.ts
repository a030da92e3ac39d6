/**
 * The repair step wherever the dictionaries come from: the build reads them from the
 * `dictionary-xx` packages (src/build/load-spellers.ts), the browser's ingest worker fetches them
 * (src/features/local-articles/worker-spellers.ts). Both hand over how to load one language; what an
 * article needs, and what a reader is told when a dictionary cannot be read, is decided here once.
 */
import type { Article } from '../schema';
import { repairArticle, repairLanguages } from './repair-article';
import type { Speller } from './speller';

/** Loads the speller of a language; null when there is no dictionary for it. */
export type LoadSpeller = (lang: string) => Promise<Speller | null>;

/** Spellers for every language in `langs` that has a dictionary. */
export async function loadSpellers(langs: Iterable<string>, load: LoadSpeller): Promise<Map<string, Speller>> {
  const spellers = new Map<string, Speller>();
  for (const lang of langs) {
    const speller = await load(lang);
    if (speller) spellers.set(lang, speller);
  }
  return spellers;
}

/** The article with its repairs. A dictionary that cannot be read costs the repairs (a warning says so), never the article. */
export async function repairWithSpellers(article: Article, load: LoadSpeller): Promise<Article> {
  const langs = repairLanguages(article);
  if (langs.length === 0) return repairArticle(article, new Map());
  try {
    return repairArticle(article, await loadSpellers(langs, load));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const warning = {
      code: 'repair-skipped',
      message: `Dictionaries for ${langs.join(', ')} could not be read, so no words were repaired (${reason}).`,
    };
    return { ...article, repairs: [], warnings: [...article.warnings, warning] };
  }
}
