import type { Article } from '../../ingest/schema';

/** Downloads the article's JSON, formatted as the build writes `articles/<slug>.json`. */
export function exportArticle(article: Article): void {
  const blob = new Blob([`${JSON.stringify(article, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${article.slug}.json`;
  link.click();
  // After the click has started the download; revoking at once cancels it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
