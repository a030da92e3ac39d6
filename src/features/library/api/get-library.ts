import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/fetch-json';
import { dataUrls } from '../../../lib/paths';

export const libraryQuery = () =>
  queryOptions({
    queryKey: ['library'],
    queryFn: ({ signal }) => fetchJson(dataUrls.index, () => import('../../../ingest/schema').then((m) => m.LibraryIndexSchema), signal),
  });

export const useLibrary = () => useSuspenseQuery(libraryQuery());
