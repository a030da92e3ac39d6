import { createContext } from 'react';

/**
 * Shows the results of a search (its URL query, `?q=…`) where the library is, before the router's
 * navigation to `/search?q=…` commits its URL: true when shown at once, a promise of that when the
 * results are still being read, false when it cannot (the search code is not loaded yet, or the
 * results failed to come) and the form navigates as usual. The app's library route provides it
 * (routes/library-and-search.tsx); without one the box always navigates.
 */
export const SearchInPlace = createContext<(search: string) => boolean | Promise<boolean>>(() => false);
