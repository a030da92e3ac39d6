/**
 * Search over the reader's own articles (IndexedDB), in the browser: the same documents and words as
 * the build's index (src/ingest/library/search-docs.ts), matched the same way (every query word, and
 * the chosen speaker), filtered by the same years and sorted in the same orders. A reader keeps a
 * handful of articles, so they are scanned, not indexed.
 */
import { compareByDate, compareByTitle } from '../../ingest/library/library-order';
import type { ArticleSummary, SearchDoc } from '../../ingest/library/library-schema';
import { articleSearchDocs, type IndexedDoc } from '../../ingest/library/search-docs';
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

/**
 * Each article's documents, built on its first search: the records come from the query cache and
 * stay the same objects until an article is added or deleted, so later queries only match.
 */
const docsOf = new WeakMap<Article, IndexedDoc[]>();

function searchDocs({ article, summary }: SearchableLocalArticle): IndexedDoc[] {
  let docs = docsOf.get(article);
  if (!docs) {
    docs = articleSearchDocs({
      summary,
      speakers: article.speakers,
      quotes: article.quotes.map((q) => ({ ...q, cue: q.cue?.text ?? null })),
    });
    docsOf.set(article, docs);
  }
  return docs;
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
  for (const record of [...records].sort((a, b) => order(a.summary, b.summary))) {
    if (!inYears(record.summary.date, query)) continue;
    for (const { doc, terms: found } of searchDocs(record))
      if (terms.every((t) => found.has(t))) hits.push({ ...doc, key: `${doc.slug}/${doc.quoteId ?? ''}` });
    if (hits.length >= query.limit) break;
  }
  return hits.slice(0, query.limit);
}
