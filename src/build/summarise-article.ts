/**
 * Stand-in for the core's `summariseArticle` until `src/ingest` exports it: the index entry the
 * library page lists for one article. Move to (or import from) `src/ingest` once it exists there.
 */
import type { Article, ArticleSummary } from '../ingest/schema';

/** The index entry for one article: its metadata, speaker names and counts, nothing else. */
export function summariseArticle(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    source: article.source,
    title: article.title,
    date: article.date,
    author: article.author,
    dateline: article.dateline,
    speakers: article.speakers.map((speaker) => speaker.name),
    quoteCount: article.quotes.length,
    tweetCount: article.tweets.length,
    warningCount: article.warnings.length,
  };
}
