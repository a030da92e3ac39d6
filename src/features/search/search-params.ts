import type { SearchQuery } from './run-search';

/** Results per screen; "Show more" adds as many. */
export const SEARCH_PAGE = 20;

const YEAR = /^\d{4}$/;

/** The query a `/search?…` URL asks for: q, speaker, from, to (years), sort, n (how many). */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const from = params.get('from');
  const to = params.get('to');
  const n = Number(params.get('n'));
  return {
    q: params.get('q')?.trim() ?? '',
    speaker: params.get('speaker') || null,
    from: from && YEAR.test(from) ? from : null,
    to: to && YEAR.test(to) ? to : null,
    sort: params.get('sort') === 'title' ? 'title' : 'date',
    limit: Number.isInteger(n) && n > SEARCH_PAGE ? Math.min(n, 1000) : SEARCH_PAGE,
  };
}

/** The query of a URL that gives only its words (`/search?q=…`), with `more` over its defaults. */
export const searchQueryFor = (q: string, more: Partial<SearchQuery> = {}): SearchQuery => ({
  ...parseSearchParams(new URLSearchParams({ q })),
  ...more,
});

/** The URL search string of a query, defaults left out. */
export function searchParamsOf(query: SearchQuery): string {
  const params = new URLSearchParams({ q: query.q });
  if (query.speaker) params.set('speaker', query.speaker);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.sort !== 'date') params.set('sort', query.sort);
  if (query.limit > SEARCH_PAGE) params.set('n', String(query.limit));
  return `?${params}`;
}
