import type { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { dataFiles, dataUrl } from '../../../ingest/library/data-files';
import type { LibraryIndex } from '../../../ingest/library/library-schema';
import { fetchJson } from '../../../lib/fetch-json';
import type { SearchSource } from '../run-search';

/*
 * Only the files' outlines are checked here: a term bucket holds thousands of posting lists and a
 * docs file 500 documents, and checking them all took far longer than fetching them (28 ms a docs
 * file without throttling). runSearch checks the few lists and documents a query reads.
 */
const TermsFileSchema = z.object({ keys: z.array(z.string()), gaps: z.array(z.unknown()) });
const DocsFileSchema = z.object({ first: z.int().check(z.nonnegative()), docs: z.array(z.unknown()) });

export const searchTermsQuery = (bucket: number) => ({
  queryKey: ['search-terms', bucket],
  queryFn: async ({ signal }: { signal: AbortSignal }) => {
    const { keys, gaps } = await fetchJson(dataUrl(dataFiles.searchTerms(bucket)), TermsFileSchema, signal);
    return new Map(keys.map((key, i) => [key, gaps[i]]));
  },
  // Kept for the session: the next query's words often fall in buckets already read.
  staleTime: Infinity,
  gcTime: Infinity,
});

export const searchDocsQuery = (file: number) => ({
  queryKey: ['search-docs', file],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    fetchJson(dataUrl(dataFiles.searchDocs(file)), DocsFileSchema, signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** The search index's files, fetched on demand and kept in the query cache for the next query. */
export function searchSource(client: QueryClient, index: LibraryIndex): SearchSource {
  return {
    index,
    terms: (bucket) => client.ensureQueryData(searchTermsQuery(bucket)),
    docs: (file) => client.ensureQueryData(searchDocsQuery(file)),
  };
}
