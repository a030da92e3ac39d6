/**
 * The search chunk, loaded once and then at hand synchronously: the library route renders the
 * search page in place of the library the moment a search is submitted, which it can only do
 * without waiting when the chunk is already loaded (the library's search box asks for it when the
 * library is idle or the box gets focus).
 */
type SearchRoute = typeof import('./search-route');

let loaded: SearchRoute | null = null;
let loading: Promise<SearchRoute> | null = null;

export function loadSearchRoute(): Promise<SearchRoute> {
  loading ??= import('./search-route').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // a chunk that failed to load is asked for again next time
      throw error;
    },
  );
  return loading;
}

/** The search chunk if it has loaded, else null. */
export const loadedSearchRoute = (): SearchRoute | null => loaded;
