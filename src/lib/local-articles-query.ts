import { queryOptions, useQuery } from '@tanstack/react-query';
import { hasLocalSlugs } from './local-slugs';

/** The reader's own articles; a reader who never added one never loads the IndexedDB code. */
export const localArticlesQuery = () =>
  queryOptions({
    queryKey: ['local-articles'],
    queryFn: async () => (!hasLocalSlugs() ? [] : (await import('./local-db')).listLocalArticles()),
  });

export const useLocalArticles = () => useQuery(localArticlesQuery());
