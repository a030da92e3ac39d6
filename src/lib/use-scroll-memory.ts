import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType, type NavigationType } from 'react-router';

/** Where each list page (by path and query) was last scrolled to. */
const positions = new Map<string, number>();
/** The pages on screen now, whose places scroll events save. */
const listening = new Set<string>();
/** Pages whose place is kept as it is, whatever scroll events come, until they are shown again. */
const held = new Set<string>();

/**
 * Keeps the place of the pages on screen as it is now. A page about to be hidden before its
 * navigation (the library when a search is shown in place) calls it first: hiding it shrinks the
 * page and the browser clamps the scroll, and that scroll event must not become the page's place.
 * Released when the page's memory starts again (it is shown again).
 */
export function holdScrollPlaces(): void {
  for (const key of listening) {
    // Held already (a second search shown before the first's navigation): the page is scrolled to
    // the results' top by now, not the reader's place.
    if (held.has(key)) continue;
    positions.set(key, window.scrollY);
    held.add(key);
  }
}

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
    if (navigationType !== 'POP' || saved === undefined) return;
    window.scrollTo(0, saved);
    // Again before the next paint: the browser's own restoration runs after the popstate event, with
    // the place its history entry kept when it was left, which is the top for a library left by a
    // search shown in place (the page was scrolled up before the navigation).
    const frame = requestAnimationFrame(() => window.scrollTo(0, saved));
    return () => cancelAnimationFrame(frame);
  }, [key, navigationType]);
  // A layout effect, so the listener is gone before the next page's layout effects scroll it to the
  // top (a passive effect's cleanup would run later and record that 0 as this page's place).
  useLayoutEffect(() => {
    held.delete(key);
    listening.add(key);
    const save = () => {
      if (!held.has(key)) positions.set(key, window.scrollY);
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      listening.delete(key);
      window.removeEventListener('scroll', save);
    };
  }, [key]);
}
