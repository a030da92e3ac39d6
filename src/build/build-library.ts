/**
 * Turns ingest outcomes into the library the app fetches: one `articles/<slug>.json` per article and
 * the shared files of `library-data.ts` (index, pages, speakers, search). Every article is checked
 * against the schema first, so nothing the UI would reject is ever written; an article that fails
 * the check becomes a listed failure. Slugs are made unique in source order.
 */
import { ArticleSchema, type Article } from '../ingest/schema';
import { LibraryIndexSchema, type LibraryIndex } from '../ingest/library/library-schema';
import { dataFiles } from '../ingest/library/data-files';
import { digestArticle, type ArticleDigest } from './article-digest';
import { lazyLibraryData, libraryDataFiles, toJson, type DataFile } from './library-data';
import { partitionOutcomes, type SeedOutcome } from './load-seeds';

export { toJson, type DataFile };

export interface Library {
  /** Per file, in source order, as finally written: unique slugs applied, schema rejects as failures. */
  outcomes: SeedOutcome[];
  /** Keyed by slug. */
  articles: Map<string, Article>;
  /** `index.json`, computed with the other shared files on first use. */
  readonly index: LibraryIndex;
  /** Path → JSON of every shared file (all but the articles), computed once on first use. */
  sharedFiles(): Map<string, string>;
  /** One shared file, its piece of the library made on first request (the dev server). */
  sharedFile(path: string): string | undefined;
}

/** An article that fails the schema becomes a failure naming its file. */
export function checkOutcome(outcome: SeedOutcome): SeedOutcome {
  if (!outcome.ok) return outcome;
  const checked = ArticleSchema.safeParse(outcome.article);
  if (checked.success) return { ...outcome, article: checked.data };
  return {
    source: outcome.source,
    ok: false,
    message: `${outcome.source}: output failed the schema check: ${checked.error.message}`,
  };
}

/**
 * Gives each article a slug no earlier article has (`x`, then `x-2`, `x-3`, with a warning), one
 * outcome at a time in source order, so a build can stream.
 */
export function createSlugClaims() {
  const taken = new Map<string, string>();
  const claim = (outcome: SeedOutcome): SeedOutcome => {
    if (!outcome.ok) return outcome;
    let { article } = outcome;
    const { source } = outcome;
    if (taken.has(article.slug)) {
      let n = 2;
      while (taken.has(`${article.slug}-${n}`)) n++;
      const slug = `${article.slug}-${n}`;
      const warning = {
        code: 'duplicate-slug',
        message: `Another article already had the slug "${article.slug}"; this one is "${slug}".`,
      };
      article = { ...article, slug, warnings: [...article.warnings, warning] };
    }
    taken.set(article.slug, source);
    return { source, ok: true, article };
  };
  /** Whether an earlier article has this slug. */
  claim.isTaken = (slug: string) => taken.has(slug);
  /** Records a free slug without the article (a build that has only its digest). */
  claim.take = (slug: string, source: string) => void taken.set(slug, source);
  return claim;
}

const digests = new WeakMap<Article, ArticleDigest>();
/** Digests are kept per article object, so the dev server's reassembly after one edit redoes one. */
function digestOf(article: Article): ArticleDigest {
  let digest = digests.get(article);
  if (!digest) digests.set(article, (digest = digestArticle(article)));
  return digest;
}

/** A library from outcomes that were already schema-checked (`checkOutcome`), in source order. */
export function assembleLibrary(checked: readonly SeedOutcome[]): Library {
  const claim = createSlugClaims();
  const outcomes = checked.map(claim);
  const { articles, failures } = partitionOutcomes(outcomes);
  let shared: Map<string, string> | undefined;
  let lazy: ((path: string) => string | undefined) | undefined;
  let index: LibraryIndex | undefined;
  const sharedFiles = () =>
    (shared ??= new Map([...libraryDataFiles(articles.map(digestOf), failures)].map((f) => [f.path, f.json])));
  return {
    outcomes,
    articles: new Map(articles.map((article) => [article.slug, article])),
    sharedFiles,
    sharedFile: (path) =>
      shared ? shared.get(path) : (lazy ??= lazyLibraryData(articles.map(digestOf), failures))(path),
    get index() {
      return (index ??= LibraryIndexSchema.parse(JSON.parse(sharedFiles().get(dataFiles.index) ?? '{}')));
    },
  };
}

/** Checks every outcome, then assembles the library. */
export function buildLibrary(outcomes: readonly SeedOutcome[]): Library {
  return assembleLibrary(outcomes.map(checkOutcome));
}

/** Path of an article's JSON relative to the data root. */
export const articlePath = dataFiles.article;

/** Every file of the library, serialised: the shared files, then one per article. */
export function libraryFiles(library: Library): DataFile[] {
  return [
    ...[...library.sharedFiles()].map(([path, json]) => ({ path, json })),
    ...[...library.articles.values()].map((article) => ({ path: articlePath(article.slug), json: toJson(article) })),
  ];
}
