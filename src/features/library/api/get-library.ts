import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { LibraryIndexSchema } from '../../../ingest/schema';
import { fetchJson } from '../../../lib/fetch-json';
import { dataUrls } from '../../../lib/paths';

export const libraryQuery = () =>
  queryOptions({
    queryKey: ['library'],
    queryFn: ({ signal }) => fetchJson(dataUrls.index, LibraryIndexSchema, signal),
  });

export const useLibrary = () => useSuspenseQuery(libraryQuery());
