import type { QueryClient } from '@tanstack/react-query';
import { dataFiles, dataUrl } from '../../../ingest/library/data-files';
import { SearchDocsSchema, SearchTermsSchema, type LibraryIndex } from '../../../ingest/library/library-schema';
import { fetchJson } from '../../../lib/fetch-json';
import type { SearchSource } from '../run-search';

/** The search index's files, fetched on demand and kept in the query cache for the next query. */
export function searchSource(client: QueryClient, index: LibraryIndex): SearchSource {
  return {
    index,
    terms: (bucket) =>
      client.ensureQueryData({
        queryKey: ['search-terms', bucket],
        queryFn: async ({ signal }) => {
          const { keys, gaps } = await fetchJson(dataUrl(dataFiles.searchTerms(bucket)), SearchTermsSchema, signal);
          return new Map(keys.map((key, i) => [key, gaps[i] ?? []]));
        },
      }),
    docs: (file) =>
      client.ensureQueryData({
        queryKey: ['search-docs', file],
        queryFn: ({ signal }) => fetchJson(dataUrl(dataFiles.searchDocs(file)), SearchDocsSchema, signal),
      }),
  };
}
