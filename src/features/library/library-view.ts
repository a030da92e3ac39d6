/**
 * Which articles one screen of the library shows, and which page files hold them: the library is
 * stored in pages of 50 in date order and in title order (src/ingest/library/data-files.ts), and a
 * screen may sort oldest first or keep to one year, so its articles can straddle two files.
 */
import type { LibraryOrder } from '../../ingest/library/data-files';
import type { LibraryIndex } from '../../ingest/library/library-schema';

export type LibrarySort = 'newest' | 'oldest' | 'title';

export interface LibraryView {
  sort: LibrarySort;
  /** A year as written (`2022`), `undated`, or null for all. Ignored when sorting by title. */
  year: string | null;
  /** Zero-based. */
  page: number;
}

/** The view a URL's search parameters ask for; anything unknown falls back to the default. */
export function parseLibraryView(params: URLSearchParams): LibraryView {
  const sort = params.get('sort');
  const page = Number(params.get('page') ?? '1');
  return {
    sort: sort === 'oldest' || sort === 'title' ? sort : 'newest',
    year: params.get('year') || null,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The search parameters of a view (defaults left out, pages counted from 1). */
export function libraryViewParams(view: LibraryView): string {
  const params = new URLSearchParams();
  if (view.sort !== 'newest') params.set('sort', view.sort);
  if (view.year && view.sort !== 'title') params.set('year', view.year);
  if (view.page > 0) params.set('page', String(view.page + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ViewSlice {
  order: LibraryOrder;
  /** Positions [start, end) in that order. */
  start: number;
  end: number;
  /** Oldest first: the positions are read backwards. */
  reversed: boolean;
  /** Articles in the whole filtered list, and its pages. */
  total: number;
  pages: number;
  /** Page files to read, in that order. */
  files: number[];
}

export function viewSlice(index: Pick<LibraryIndex, 'total' | 'pageSize' | 'years'>, view: LibraryView): ViewSlice {
  const size = index.pageSize || 50;
  let from = 0;
  let to = index.total;
  if (view.sort !== 'title' && view.year) {
    const year = index.years.find((y) => (y.year ?? 'undated') === view.year);
    from = year?.firstArticle ?? 0;
    to = year ? year.firstArticle + year.articles : 0;
  }
  const total = to - from;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(view.page, pages - 1);
  const reversed = view.sort === 'oldest';
  const start = reversed ? Math.max(from, to - (page + 1) * size) : from + page * size;
  const end = reversed ? to - page * size : Math.min(to, from + (page + 1) * size);
  const files: number[] = [];
  for (let f = Math.floor(start / size); end > start && f <= Math.floor((end - 1) / size); f++) files.push(f);
  return { order: view.sort === 'title' ? 'title' : 'date', start, end, reversed, total, pages, files };
}
