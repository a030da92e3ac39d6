import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { dataFiles, dataUrl, type LibraryOrder } from '../../../ingest/library/data-files';
import { LibraryPageSchema, type ArticleSummary } from '../../../ingest/library/library-schema';
import { fetchJson } from '../../../lib/fetch-json';
import { viewSlice, type LibraryView } from '../library-view';
import { libraryQuery } from '../../../lib/library-index';

export const libraryPageQuery = (order: LibraryOrder, page: number) =>
  queryOptions({
    queryKey: ['library-page', order, page],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataFiles.libraryPage(order, page)), LibraryPageSchema, signal),
  });

/** The articles one screen of the library shows: from the index's first page or the page files. */
export const libraryViewQuery = (view: LibraryView) =>
  queryOptions({
    queryKey: ['library-view', view.sort, view.year, view.page],
    queryFn: async ({ client }) => {
      const index = await client.ensureQueryData(libraryQuery());
      const slice = viewSlice(index, view);
      const size = index.pageSize;
      const pages = await Promise.all(
        slice.files.map((n) =>
          // The first page by date is in the index already: the default screen costs one request.
          slice.order === 'date' && n === 0
            ? { articles: index.articles }
            : client.ensureQueryData(libraryPageQuery(slice.order, n)),
        ),
      );
      const first = slice.files[0] ?? 0;
      const all: ArticleSummary[] = pages.flatMap((p) => p.articles);
      const articles = all.slice(slice.start - first * size, slice.end - first * size);
      return { slice, articles: slice.reversed ? articles.reverse() : articles };
    },
  });

export const useLibraryView = (view: LibraryView) => useSuspenseQuery(libraryViewQuery(view));
