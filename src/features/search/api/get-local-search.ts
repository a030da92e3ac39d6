import { queryOptions, useQuery } from '@tanstack/react-query';
import { hasLocalSlugs } from '../../../lib/local-slugs';
import { localArticlesQuery } from '../../../lib/local-articles-query';
import type { SearchQuery } from '../run-search';

/**
 * Hits in the reader's own articles. Under the local articles' key, so adding or deleting one
 * searches again; a reader who never added one loads neither IndexedDB's code nor the matcher.
 */
export const localSearchQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: [...localArticlesQuery().queryKey, 'search', query],
    queryFn: async ({ client }) => {
      if (!hasLocalSlugs()) return [];
      const [records, { searchLocalArticles }] = await Promise.all([
        client.fetchQuery(localArticlesQuery()),
        import('../search-local'),
      ]);
      return searchLocalArticles(records, query);
    },
  });

/**
 * Not suspended: the library's results show at once, the reader's own join them when read (the
 * search route's loader reads them first, so usually they are there already). A reader with no
 * articles of their own runs no query: an empty result that resolved a task later cost the whole
 * page a second render after every search.
 */
export const useLocalSearch = (query: SearchQuery) =>
  useQuery({ ...localSearchQuery(query), enabled: hasLocalSlugs() });
