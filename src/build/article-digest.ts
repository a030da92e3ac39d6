/**
 * What the library's shared files (pages, speakers, search) need from one article: its summary,
 * its speakers and its quotes' words. A build keeps only this per article, so the full article can
 * be written and let go as soon as it is checked.
 */
import { summariseArticle } from '../ingest/ingest-article';
import type { Article, IngestWarning, QuoteKind, Speaker } from '../ingest/schema';
import type { ArticleSummary } from '../ingest/library/library-schema';
import type { IngestCache } from './ingest-cache';

export interface DigestQuote {
  id: string;
  speakerId: string | null;
  kind: QuoteKind;
  text: string;
  cue: string | null;
}

export interface ArticleDigest {
  summary: ArticleSummary;
  speakers: Omit<Speaker, 'quoteCount' | 'tweetCount'>[];
  quotes: DigestQuote[];
  /** Kept so a build served from the cache still reports each file's warnings. */
  warnings: IngestWarning[];
}

export function digestArticle(article: Article): ArticleDigest {
  return {
    summary: summariseArticle(article),
    speakers: article.speakers.map(({ id, name, aliases, role, handle, kind }) => ({
      id,
      name,
      aliases,
      role,
      handle,
      kind,
    })),
    quotes: article.quotes.map((q) => ({
      id: q.id,
      speakerId: q.speakerId,
      kind: q.kind,
      text: q.text,
      cue: q.cue?.text ?? null,
    })),
    warnings: article.warnings,
  };
}

/** Puts a checked article into the content-hash cache with its digest (the build and the dev server share it). */
export function cacheArticle(cache: IngestCache, key: string, article: Article): Promise<void> {
  return cache.put(key, JSON.stringify(article), digestArticle(article));
}
