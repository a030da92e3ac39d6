/**
 * Searching ahead while the reader types: the files the query will read first (the newest posting
 * window of each word, and the documents of its first hits) come into the query cache, and when
 * the words stay the same long enough for that, the whole search runs and its result is cached as
 * the search itself. The search submitted a moment later then finds its answer there: the route
 * renders it without running its loader (routes/library-and-search.tsx). One warm-up at a time;
 * text typed meanwhile is warmed next (the latest wins) and stops the walk of the words before.
 */
import type { QueryClient } from '@tanstack/react-query';
import { hasLocalSlugs } from '../../lib/local-slugs';
import { libraryQuery } from '../../lib/library-index';
import { localSearchQuery } from './api/get-local-search';
import { searchQuery } from './api/get-search';
import { searchSource } from './api/search-source';
import { runSearch } from './run-search';
import { parseSearchParams } from './search-params';

let running = false;
let drained: Promise<void> = Promise.resolve();
let pending: URLSearchParams | null = null;

/**
 * Warms the cache for what `form` (a GET search form) would submit now. Resolves once the warm-up
 * has nothing left to do (the latest words are cached, or were not worth a whole search).
 */
export function searchAhead(client: QueryClient, form: HTMLFormElement): Promise<void> {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  pending = params;
  if (!running) drained = drain(client);
  return drained;
}

async function drain(client: QueryClient) {
  running = true;
  try {
    while (pending) {
      const query = parseSearchParams(pending);
      pending = null;
      if (query.q === '') continue;
      try {
        const source = searchSource(client, await client.ensureQueryData(libraryQuery()));
        const { queryKey } = searchQuery(query);
        if (client.getQueryData(queryKey) !== undefined) continue;
        // One window first: a half-typed word that matches nothing would otherwise walk the whole
        // index. Then the whole search, unless newer words came meanwhile (they stop it).
        await runSearch(source, query, { windows: 1 });
        if (pending) continue;
        let stopped = false;
        const result = await runSearch(source, query, { stop: () => (stopped ||= pending !== null) });
        if (stopped) continue;
        client.setQueryData(queryKey, result);
        if (hasLocalSlugs()) await client.prefetchQuery(localSearchQuery(query));
      } catch {
        // Only a warm-up: the submitted search fetches again and shows its own error.
      }
    }
  } finally {
    running = false;
  }
}
