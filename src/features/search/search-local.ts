/**
 * Search over the reader's own articles (IndexedDB), in the browser: the same documents and words as
 * the build's index (src/ingest/library/search-docs.ts), matched the same way (every query word, and
 * the chosen speaker), filtered by the same years and sorted in the same orders. A reader keeps a
 * handful of articles, so they are scanned, not indexed.
 */
import { compareByDate, compareByTitle } from '../../ingest/library/library-order';
import type { ArticleSummary, SearchDoc } from '../../ingest/library/library-schema';
import { articleSearchDocs } from '../../ingest/library/search-docs';
import { searchTerms, speakerTerm } from '../../ingest/library/search-terms';
import type { Article } from '../../ingest/schema';
import type { SearchQuery } from './run-search';

/** One of the reader's own articles, as IndexedDB keeps it. */
export interface SearchableLocalArticle {
  article: Article;
  summary: ArticleSummary;
}

/** A hit in one of the reader's own articles: `key` is unique among them (slug and quote). */
export interface LocalSearchHit extends SearchDoc {
  key: string;
}

const yearOf = (date: string | null) => date?.slice(0, 4) ?? null;

/** Whether an article's date is inside the query's years (an undated one is outside any `from`). */
function inYears(date: string | null, { from, to }: Pick<SearchQuery, 'from' | 'to'>): boolean {
  const year = yearOf(date);
  if (from && (year === null || year < from)) return false;
  if (to && year !== null && year > to) return false;
  return true;
}

export function searchLocalArticles(records: readonly SearchableLocalArticle[], query: SearchQuery): LocalSearchHit[] {
  const terms = searchTerms(query.q);
  if (query.speaker) terms.push(speakerTerm(query.speaker));
  if (terms.length === 0) return [];
  const order = query.sort === 'title' ? compareByTitle : compareByDate;
  const hits: LocalSearchHit[] = [];
  for (const { article, summary } of [...records].sort((a, b) => order(a.summary, b.summary))) {
    if (!inYears(summary.date, query)) continue;
    const docs = articleSearchDocs({
      summary,
      speakers: article.speakers,
      quotes: article.quotes.map((q) => ({ ...q, cue: q.cue?.text ?? null })),
    });
    for (const { doc, terms: found } of docs)
      if (terms.every((t) => found.has(t))) hits.push({ ...doc, key: `${doc.slug}/${doc.quoteId ?? ''}` });
    if (hits.length >= query.limit) break;
  }
  return hits.slice(0, query.limit);
}
