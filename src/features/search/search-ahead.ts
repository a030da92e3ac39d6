/**
 * Searching ahead while the reader types: the files the query will read first (the newest posting
 * window of each word, and the documents of its first hits) come into the query cache, so the
 * search submitted a moment later finds them there instead of fetching them. One warm-up at a
 * time; text typed meanwhile is warmed next (the latest wins).
 */
import type { QueryClient } from '@tanstack/react-query';
import { libraryQuery } from '../../lib/library-index';
import { searchSource } from './api/search-source';
import { runSearch } from './run-search';
import { parseSearchParams } from './search-params';

let running = false;
let pending: URLSearchParams | null = null;

/** Warms the cache for what `form` (a GET search form) would submit now. */
export function searchAhead(client: QueryClient, form: HTMLFormElement): void {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  pending = params;
  if (!running) void drain(client);
}

async function drain(client: QueryClient) {
  running = true;
  try {
    while (pending) {
      const query = parseSearchParams(pending);
      pending = null;
      if (query.q === '') continue;
      try {
        const index = await client.ensureQueryData(libraryQuery());
        // One window: a half-typed word that matches nothing would otherwise walk the whole index.
        await runSearch(searchSource(client, index), query, { windows: 1 });
      } catch {
        // Only a warm-up: the submitted search fetches again and shows its own error.
      }
    }
  } finally {
    running = false;
  }
}
