import { Activity, memo, startTransition, use, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  useLocation,
  useNavigationType,
  type LoaderFunctionArgs,
  NavigationType,
  type ShouldRevalidateFunction,
} from 'react-router';
import type { ArticleSummary } from '../../ingest/library/library-schema';
import { libraryViewQuery } from '../../features/library/api/get-library-view';
import { LibraryPage } from '../../features/library/components/library-page';
import { parseLibraryView } from '../../features/library/library-view';
import { SearchInPlace } from '../../features/library/search-in-place';
import { LocalArticles } from '../../features/local-articles/components/local-articles';
import { SaveForOffline } from '../../features/offline/components/save-for-offline';
import { loadedSearchRoute, loadSearchRoute } from '../../features/search/search-page-code';
import { paths } from '../../lib/paths';
import { holdScrollPlaces } from '../../lib/use-scroll-memory';
import { queryClient } from '../query-client';

/*
 * The library (`/`) and search (`/search?q=…`) are one route (its path is `/search?`, the segment
 * optional), so a search typed in the library's box does not leave the page: React keeps the
 * layout and the library, hides the library (kept, with its scroll place, for Back) and shows the
 * results. When the results are already in the cache (the box searches ahead while the words are
 * typed) they are committed at once and painted, and the navigation that follows after that frame
 * (URL, history entry, the library's Activity going hidden) runs no loader and changes nothing else
 * on screen. Before that, once the words typed in the box are searched ahead, their search page is
 * rendered inside a hidden Activity (at low priority, off screen, its effects not mounted), so the
 * submit only reveals it: the render and commit of the page (most of the submit's task) are done
 * between the keys. The search code is a lazy chunk: the library's first visit does not download it.
 */

const isSearchPath = (pathname: string) => pathname.replace(/\/$/, '') === paths.search.pattern;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (isSearchPath(url.pathname)) {
    const search = await loadSearchRoute();
    await search.loadSearchData(queryClient, url.searchParams);
  } else {
    await queryClient.ensureQueryData(libraryViewQuery(parseLibraryView(url.searchParams)));
  }
  return null;
}

/**
 * A navigation to a URL whose data is all in the cache runs no loader: React Router then commits it
 * at once (in the submit's own task for a search form), without first rendering a "loading" state
 * of the page being left. A revalidation (same URL) runs the loader as usual.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) => {
  if (!defaultShouldRevalidate || currentUrl.href === nextUrl.href) return defaultShouldRevalidate;
  if (isSearchPath(nextUrl.pathname)) {
    return !loadedSearchRoute()?.searchDataCached(queryClient, nextUrl.searchParams);
  }
  return queryClient.getQueryData(libraryViewQuery(parseLibraryView(nextUrl.searchParams)).queryKey) === undefined;
};

/** The route module's page: React Router takes `Component` and `loader` from a lazy module as they are. */
export function Component() {
  const location = useLocation();
  const navigationType = useNavigationType();
  // A search shown in place, at the location it was typed at (the navigation to its URL follows).
  const [inPlace, setInPlace] = useState<{ search: string; at: string } | null>(null);
  // Forgotten once the router has moved on, so Back to that same location shows the library.
  if (inPlace && inPlace.at !== location.key) setInPlace(null);
  const early = inPlace?.at === location.key ? inPlace.search : null;
  const searching = early !== null || isSearchPath(location.pathname);
  // The words searched ahead in the library's box, their page rendered hidden until submitted.
  const [prepared, setPrepared] = useState<string | null>(null);
  // Forgotten once shown: Back to the library leaves no hidden search page (nor its quotes) behind.
  if (prepared !== null && isSearchPath(location.pathname)) setPrepared(null);
  const pageSearch = searching ? (early ?? location.search) : prepared;
  // The library is rendered once it has been shown, then kept (hidden while searching); a shared
  // /search link opened directly never renders it.
  const [libraryKept, keepLibrary] = useState(!searching);
  if (!searching && !libraryKept) keepLibrary(true);
  // The location now, for results that arrive after the submit (the reader may have moved on).
  const currentKey = useRef(location.key);
  // The submits shown in place so far: results that come for an older one are dropped (a newer
  // submit may be on screen, its navigation waiting for the next frame, the location unchanged).
  const submits = useRef(0);
  useLayoutEffect(() => {
    currentKey.current = location.key;
  }, [location.key]);
  const showInPlace = useCallback(
    (search: string): boolean | Promise<boolean> => {
      const at = location.key;
      const ticket = ++submits.current;
      const params = new URLSearchParams(search);
      // The navigation follows after the frame that shows the results is painted, so the library's
      // place is kept first (hiding it clamps the scroll, and that must not become its place) and the
      // results start at the top at once, not a frame later when the root layout's navigation does.
      const show = () => {
        if (currentKey.current !== at || submits.current !== ticket) return false;
        holdScrollPlaces();
        flushSync(() => setInPlace({ search, at }));
        window.scrollTo(0, 0);
        return true;
      };
      const code = loadedSearchRoute();
      if (!code) return false;
      if (code.searchDataCached(queryClient, params)) return show();
      // Still on their way (searched ahead, not finished): shown when they come, without first
      // rendering a "loading" library as a navigation with a loader would.
      return code.loadSearchData(queryClient, params).then(show, () => false);
    },
    [location.key],
  );
  const prepare = useCallback((search: string) => {
    if (!loadedSearchRoute()?.searchDataCached(queryClient, new URLSearchParams(search))) return;
    startTransition(() => setPrepared(search));
  }, []);
  const inPlaceActions = useMemo(() => ({ show: showInPlace, prepare }), [showInPlace, prepare]);
  return (
    <SearchInPlace value={inPlaceActions}>
      {/* First, so its `main` is the first with that id for the skip link while the library is kept hidden. */}
      {pageSearch !== null && (
        // Hidden: not in the layout, the accessibility tree or the tab order, and without the page's
        // title or the `main` id; the submit of the same words flips it visible.
        <Activity mode={searching ? 'visible' : 'hidden'}>
          <Search
            search={pageSearch}
            navigationType={searching && early === null ? navigationType : NavigationType.Push}
            prepared={!searching}
          />
        </Activity>
      )}
      {libraryKept && (
        // A search shown in place hides the library with one attribute: the Activity (which
        // disconnects the library's effects, a walk through all its cards) goes hidden with the
        // navigation right after, so its cost does not stand between the submit and the results.
        <div hidden={searching}>
          <Activity mode={isSearchPath(location.pathname) ? 'hidden' : 'visible'}>
            <Library />
          </Activity>
        </div>
      )}
    </SearchInPlace>
  );
}

const cardActions = (article: ArticleSummary) => <SaveForOffline slug={article.slug} title={article.title} />;

/** Memoised: a search's render does not render the library again. */
const Library = memo(function Library() {
  return (
    <LibraryPage cardActions={cardActions}>
      <LocalArticles />
    </LibraryPage>
  );
});

function Search(props: { search: string; navigationType: NavigationType; prepared: boolean }) {
  const { SearchPage } = loadedSearchRoute() ?? use(loadSearchRoute());
  return <SearchPage {...props} />;
}
