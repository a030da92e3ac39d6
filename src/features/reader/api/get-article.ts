import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/fetch-json';
import { dataUrls } from '../../../lib/paths';

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) =>
      fetchJson(dataUrls.article(slug), () => import('../../../ingest/schema').then((m) => m.ArticleSchema), signal),
  });

export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug));
