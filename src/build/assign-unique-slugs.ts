/**
 * Stand-in for the core's `assignUniqueSlugs` until `src/ingest` exports it. Two files can yield
 * the same slug (same title, or names differing only in case or punctuation); each article needs
 * its own URL, so later ones get -2, -3 … in input order, and a warning says why the URL changed.
 */
import type { Article } from '../ingest/schema';

/** Returns the articles with unique slugs; the first of each slug keeps it unchanged. */
export function assignUniqueSlugs(articles: readonly Article[]): Article[] {
  const taken = new Set(articles.map((article) => article.slug));
  const seen = new Set<string>();
  return articles.map((article) => {
    if (!seen.has(article.slug)) {
      seen.add(article.slug);
      return article;
    }
    let n = 2;
    while (taken.has(`${article.slug}-${n}`)) n++;
    const slug = `${article.slug}-${n}`;
    taken.add(slug);
    seen.add(slug);
    return {
      ...article,
      slug,
      warnings: [
        ...article.warnings,
        {
          code: 'duplicate-slug',
          message: `Another file already uses the address "${article.slug}", so ${article.source} is served as "${slug}".`,
        },
      ],
    };
  });
}
