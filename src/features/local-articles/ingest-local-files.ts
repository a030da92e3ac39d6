/**
 * Turns files a reader added into articles, in the browser: the same core and the same schema check
 * as the build, with the same per-file messages (`ingestSeedFile` and `buildLibrary` in src/build).
 * Pure: the Web Worker calls it, and so do the unit tests.
 */
import { assignUniqueSlugs, ingestArticle, summariseArticle } from '../../ingest/ingest-article';
import type { ArticleSummary } from '../../ingest/library/library-schema';
import { ArticleSchema, type Article } from '../../ingest/schema';

/** One file as the page hands it over. */
export interface LocalFile {
  name: string;
  bytes: Uint8Array;
}

/** What became of one file: an article with its library summary, or a message naming the file. */
export type LocalOutcome =
  | { source: string; ok: true; article: Article; summary: ArticleSummary }
  | { source: string; ok: false; message: string };

/** The repair step, given its dictionaries (worker-spellers.ts in the worker, the build's in tests). */
export type Repair = (article: Article) => Promise<Article>;

/**
 * Ingests each file on its own (a bad one costs only itself), repairs it as the build does, and
 * keeps slugs clear of `takenSlugs`.
 */
export async function ingestLocalFiles(
  files: readonly LocalFile[],
  takenSlugs: readonly string[],
  repair: Repair,
): Promise<LocalOutcome[]> {
  const taken = [...takenSlugs];
  const outcomes: LocalOutcome[] = [];
  for (const file of files) {
    const outcome = await ingestLocalFile(file, taken, repair);
    if (outcome.ok) taken.push(outcome.article.slug);
    outcomes.push(outcome);
  }
  return outcomes;
}

async function ingestLocalFile(
  { name, bytes }: LocalFile,
  taken: readonly string[],
  repair: Repair,
): Promise<LocalOutcome> {
  if (!name.toLowerCase().endsWith('.txt')) return { source: name, ok: false, message: `${name}: not a .txt file` };
  let repaired: Article;
  try {
    const result = ingestArticle(name, bytes);
    if (!result.ok)
      return {
        source: name,
        ok: false,
        message: result.error.includes(name) ? result.error : `${name}: ${result.error}`,
      };
    repaired = await repair(result.article);
  } catch (error) {
    return {
      source: name,
      ok: false,
      message: `${name}: ingest crashed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  // The core's own renaming, so a clash reads as it does in the build ("duplicate-slug" warning).
  const standIns = taken.map((slug) => ({ ...repaired, slug }));
  const article = assignUniqueSlugs([...standIns, repaired]).at(-1)!;
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success)
    return { source: name, ok: false, message: `${name}: output failed the schema check: ${checked.error.message}` };
  return { source: name, ok: true, article: checked.data, summary: summariseArticle(checked.data) };
}
