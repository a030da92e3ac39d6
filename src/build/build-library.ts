/**
 * Turns ingest outcomes into the JSON files the app fetches: `index.json` plus one
 * `articles/<slug>.json` per article. Every value is checked against the schema first, so nothing
 * the UI would reject is ever written; an article that fails the check becomes a listed failure.
 */
import {
  ArticleSchema,
  LibraryIndexSchema,
  type Article,
  type LibraryIndex,
} from '../ingest/schema';
import { assignUniqueSlugs, summariseArticle } from '../ingest/ingest-article';
import { partitionOutcomes, type SeedOutcome } from './load-seeds';

export interface Library {
  index: LibraryIndex;
  /** Keyed by slug, in index order. */
  articles: Map<string, Article>;
  /** Per file, in source order, as finally written: unique slugs applied, schema rejects as failures. */
  outcomes: SeedOutcome[];
}

/** One JSON file of the library, with its path relative to the data root (`index.json`, `articles/x.json`). */
export interface LibraryFile {
  path: string;
  json: string;
}

/** Builds the validated library; slugs are made unique in source order. */
export function buildLibrary(outcomes: readonly SeedOutcome[]): Library {
  const renamed = assignUniqueSlugs(outcomes.flatMap((o) => (o.ok ? [o.article] : [])));
  let next = 0;
  const slugOwners = new Map<string, string>();
  const finalOutcomes = outcomes.map((outcome): SeedOutcome => {
    if (!outcome.ok) return outcome;
    const { source } = outcome;
    const article = renamed[next++] ?? outcome.article;
    const checked = ArticleSchema.safeParse(article);
    if (!checked.success) return { source, ok: false, message: `${source}: output failed the schema check: ${checked.error.message}` };
    // Guard: a slug used twice would make one article's JSON overwrite the other's without a word.
    const owner = slugOwners.get(article.slug);
    if (owner) return { source, ok: false, message: `${source}: slug "${article.slug}" is already used by ${owner}` };
    slugOwners.set(article.slug, source);
    return { source, ok: true, article: checked.data };
  });
  const { articles, failures } = partitionOutcomes(finalOutcomes);
  const index = LibraryIndexSchema.parse({ articles: articles.map(summariseArticle), failures });
  return { index, articles: new Map(articles.map((article) => [article.slug, article])), outcomes: finalOutcomes };
}

/** Path of an article's JSON relative to the data root. */
export function articlePath(slug: string): string {
  return `articles/${slug}.json`;
}

/** Every file of the library, serialised; the build emits them and the CLI writes them. */
export function libraryFiles(library: Library): LibraryFile[] {
  return [
    { path: 'index.json', json: toJson(library.index) },
    ...[...library.articles.values()].map((article) => ({ path: articlePath(article.slug), json: toJson(article) })),
  ];
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
