/**
 * What the library-and-search route needs of the search code, in the search chunk (the library's
 * first visit does not download it): the page, its data for a URL, and whether that data is
 * already in the cache (then the route renders at once, without running its loader).
 */
import type { QueryClient } from '@tanstack/react-query';
import { hasLocalSlugs } from '../../lib/local-slugs';
import { localSearchQuery } from './api/get-local-search';
import { searchQuery } from './api/get-search';
import { parseSearchParams } from './search-params';

export { SearchPage } from './components/search-page';

/** The library's hits for the URL's query, and the reader's own with them, so one render shows both. */
export async function loadSearchData(client: QueryClient, params: URLSearchParams): Promise<void> {
  const query = parseSearchParams(params);
  await Promise.all([
    client.ensureQueryData(searchQuery(query)),
    hasLocalSlugs() ? client.ensureQueryData(localSearchQuery(query)).catch(() => []) : null,
  ]);
}

/** Whether `loadSearchData` would find everything in the cache (the words were searched ahead). */
export function searchDataCached(client: QueryClient, params: URLSearchParams): boolean {
  const query = parseSearchParams(params);
  if (client.getQueryData(searchQuery(query).queryKey) === undefined) return false;
  return !hasLocalSlugs() || client.getQueryData(localSearchQuery(query).queryKey) !== undefined;
}
