import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { libraryQuery } from '../../../lib/library-index';
import { runSearch, type SearchQuery } from '../run-search';
import { searchSource } from './search-source';

export const searchQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: ['search', query],
    queryFn: async ({ client }) => runSearch(searchSource(client, await client.ensureQueryData(libraryQuery())), query),
  });

export const useSearch = (query: SearchQuery) => useSuspenseQuery(searchQuery(query));
