import type { ArticleSummary } from '../../ingest/schema';

/** Newest first; articles without a date last, then by title. */
export function sortArticles(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.title.localeCompare(b.title);
  });
}
