/** The library index (`/data/index.json`): read by the library and search pages (lazy chunks, so its schema is never in the entry). */
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { fetchJson } from './fetch-json';
import { dataUrls } from './paths';

export const libraryQuery = () =>
  queryOptions({
    queryKey: ['library'],
    queryFn: ({ signal }) => fetchJson(dataUrls.index, LibraryIndexSchema, signal),
  });

export const useLibrary = () => useSuspenseQuery(libraryQuery());
