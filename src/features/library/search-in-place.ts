import { createContext } from 'react';

/**
 * What the library's search box asks of the page it sits in (the app's library route provides it,
 * routes/library-and-search.tsx; without one the box always navigates):
 * - `show` shows the results of a search (its URL query, `?q=…`) where the library is, before the
 *   router's navigation to `/search?q=…` commits its URL: true when shown at once, a promise of that
 *   when the results are still being read, false when it cannot (the search code is not loaded yet,
 *   or the results failed to come) and the form navigates as usual.
 * - `prepare` renders, hidden, the search page of words searched ahead while they are typed, so
 *   that `show` for those words only has to reveal it.
 */
export interface SearchInPlaceActions {
  show: (search: string) => boolean | Promise<boolean>;
  prepare: (search: string) => void;
}

export const SearchInPlace = createContext<SearchInPlaceActions>({ show: () => false, prepare: () => {} });
