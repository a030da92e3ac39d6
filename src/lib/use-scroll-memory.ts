import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType, type NavigationType } from 'react-router';

/** Where each list page (by path and query) was last scrolled to. */
const positions = new Map<string, number>();

/**
 * Back and Forward to a list page (the library, search, a speaker) return to where the reader was.
 * A new page starting at the top is the root layout's job. React Router's <ScrollRestoration> does
 * this too, but its code cannot be split from the router's module and cost 1 kB gzip of a reader
 * page's first visit, which is at its budget: this hook lives in the lazy chunks of the pages that
 * need it. The position is saved while the reader scrolls, because by the time a navigation
 * renders the next page the old page's height, and so its position, is gone.
 */
export function useScrollMemory(at?: { key: string; navigationType: NavigationType }) {
  const { pathname, search } = useLocation();
  const routerNavigationType = useNavigationType();
  // `at`: a page shown ahead of its navigation (a search shown in place) says where it is.
  const key = at?.key ?? pathname + search;
  const navigationType = at?.navigationType ?? routerNavigationType;
  useLayoutEffect(() => {
    const saved = positions.get(key);
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
  }, [key, navigationType]);
  // A layout effect, so the listener is gone before the next page's layout effects scroll it to the
  // top (a passive effect's cleanup would run later and record that 0 as this page's place).
  useLayoutEffect(() => {
    const save = () => positions.set(key, window.scrollY);
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [key]);
}
