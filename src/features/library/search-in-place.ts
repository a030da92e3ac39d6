import { createContext } from 'react';

/**
 * Shows the results of a search (its URL query, `?q=…`) where the library is, at once, before the
 * router's navigation to `/search?q=…` commits its URL; false when it cannot (the results or the
 * search code are not loaded yet), and the form navigates as usual. The app's library route
 * provides it (routes/library-and-search.tsx); without one the box always navigates.
 */
export const SearchInPlace = createContext<(search: string) => boolean>(() => false);
