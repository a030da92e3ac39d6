import { memo, useEffect, useMemo, useState } from 'react';
import { Link, type NavigationType } from 'react-router';
import { QuoteRefItem } from '../../../components/quote-ref-item';
import { YoursBadge } from '../../../components/yours-badge';
import { useLibrary } from '../../../lib/library-index';
import { hasLocalSlugs } from '../../../lib/local-slugs';
import { paths } from '../../../lib/paths';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useLocalSearch } from '../api/get-local-search';
import { useSearch } from '../api/get-search';
import type { SearchHit, SearchQuery } from '../run-search';
import type { LocalSearchHit } from '../search-local';
import { parseSearchParams, searchParamsOf, SEARCH_PAGE } from '../search-params';
import { SearchFilters, type SpeakerOption } from './search-filters';

/**
 * `/search?q=…`: hits as quotes in context, each linking to the quote in its article; hits in the
 * reader's own articles (kept in this browser) first, marked "yours". `search` is the URL's query
 * (`?q=…`) and `navigationType` how it was reached: the route passes them, because a search from
 * the library's box is shown a painted frame before the router's location reaches its URL. `prepared`: rendered
 * hidden while the words are typed in the library's box (shown at the submit), so it takes neither
 * the page's title nor the `main` id the library's skip link goes to.
 */
export function SearchPage({
  search,
  navigationType,
  prepared = false,
}: {
  search: string;
  navigationType: NavigationType;
  prepared?: boolean;
}) {
  // One query object per URL, so the memoised form and rows see unchanged props as unchanged.
  const query = useMemo(() => parseSearchParams(new URLSearchParams(search)), [search]);
  // A reader with no articles of their own (most readers) gets no local search at all, not even its
  // disabled query's observer: it was about a twentieth of the commit of a search shown from the
  // library. One added elsewhere shows here at the next search (the page is then the other type).
  return hasLocalSlugs() ? (
    <SearchWithLocalHits search={search} query={query} navigationType={navigationType} prepared={prepared} />
  ) : (
    <SearchResults
      search={search}
      query={query}
      navigationType={navigationType}
      prepared={prepared}
      localHits={NO_HITS}
    />
  );
}

interface SearchResultsProps {
  search: string;
  query: SearchQuery;
  navigationType: NavigationType;
  prepared: boolean;
}

function SearchWithLocalHits(props: SearchResultsProps) {
  const { data: localHits = NO_HITS } = useLocalSearch(props.query);
  return <SearchResults {...props} localHits={localHits} />;
}

function SearchResults({
  search,
  query,
  navigationType,
  prepared,
  localHits,
}: SearchResultsProps & { localHits: readonly LocalSearchHit[] }) {
  useScrollMemory({ key: `${paths.search.pattern}${search}`, navigationType });
  const { data: index } = useLibrary();
  const { data: result } = useSearch(query);
  const { hits, complete } = result;
  const speakers = useMemo(() => speakerOptions([...localHits, ...hits], query.speaker), [localHits, hits, query]);
  return (
    <main id={prepared ? undefined : 'main'} tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      {!prepared && <title>{query.q ? `“${query.q}” · Search · Verbatim` : 'Search · Verbatim'}</title>}
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        <SearchFilters query={query} years={index.years} speakers={speakers} />
      </div>
      <p className="mt-6 text-gray-700 dark:text-gray-300" role="status">
        {query.q === ''
          ? 'Type words to look for in titles, quotes and speakers.'
          : summary(hits.length, complete, localHits.length)}
      </p>
      {localHits.length > 0 && (
        <section aria-labelledby="local-hits-heading" className="mt-6">
          <h2 id="local-hits-heading" className="font-serif text-2xl font-semibold">
            In your articles <span className="sr-only">(only on this device)</span>
          </h2>
          <ol className="mt-4 space-y-8">
            {localHits.map((hit) => (
              <li key={hit.key}>
                <Hit hit={hit} origin="local" />
              </li>
            ))}
          </ol>
          {hits.length > 0 && (
            <h2 className="mt-10 font-serif text-2xl font-semibold" id="library-hits-heading">
              In the library
            </h2>
          )}
        </section>
      )}
      {hits.length > 0 && (
        <HitList
          hits={hits}
          search={searchParamsOf({ ...query, limit: SEARCH_PAGE })}
          navigationType={navigationType}
        />
      )}
      {!complete && (
        <p className="mt-8">
          <Link
            to={`${paths.search.pattern}${searchParamsOf({ ...query, limit: query.limit + SEARCH_PAGE })}`}
            preventScrollReset
            className="inline-flex min-h-11 items-center rounded-md border border-gray-400 px-4 hover:bg-gray-100 dark:border-gray-600 dark:hover:bg-gray-800"
          >
            Show more results
          </Link>
        </p>
      )}
    </main>
  );
}

function summary(n: number, complete: boolean, local: number): string {
  const library =
    n === 0
      ? 'Nothing found'
      : `${complete ? '' : 'The first '}${n} result${n === 1 ? '' : 's'}${complete ? '' : ' (more below)'}`;
  if (local === 0) return `${library}.`;
  return `${local} in your articles. ${n === 0 ? 'Nothing in the library.' : `${library} in the library.`}`;
}

const NO_HITS: LocalSearchHit[] = [];

/**
 * Hits to fill the first screen: a new search commits these with its title and summary, and the
 * rest of the page of hits (20) renders right after that paint. Each hit's row costs its DOM, style
 * and layout; at 4x CPU the 20 rows were most of the time from submit to results on screen.
 */
export const FIRST_SCREEN = 6;

/** The first screen's hits for this window: about 110 px each on a desktop, 210 on a phone. */
const firstScreen = () =>
  typeof window === 'undefined'
    ? FIRST_SCREEN
    : Math.max(2, Math.min(FIRST_SCREEN, Math.ceil(window.innerHeight / (window.innerWidth < 640 ? 210 : 110)) - 3));

/**
 * The library's hits, the first screen at once and the rest in the next task. `search` is the
 * query without its length: "show more" keeps the rows shown and adds the next ones in one go.
 * Back and Forward render them all at once, so the remembered scroll position can be reached.
 */
function HitList({
  hits,
  search,
  navigationType,
}: {
  hits: readonly SearchHit[];
  search: string;
  navigationType: NavigationType;
}) {
  const [fullFor, setFullFor] = useState<string | null>(null);
  const full = fullFor === search || navigationType === 'POP';
  useEffect(() => {
    if (full) return;
    // A task posted from the next animation frame runs after that frame's paint: the first screen
    // is on screen before the rest is rendered.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setFullFor(search), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [full, search]);
  const shown = full ? hits : hits.slice(0, firstScreen());
  return (
    <ol className="mt-6 space-y-8">
      {shown.map((hit) => (
        <li key={hit.id}>
          <Hit hit={hit} />
        </li>
      ))}
    </ol>
  );
}

/** Memoised: "show more" and a search sharing hits with the last one leave those rows alone. */
const Hit = memo(function Hit({ hit, origin }: { hit: SearchHit | LocalSearchHit; origin?: 'local' }) {
  if (hit.quoteId === null) {
    return (
      <p className="font-serif text-xl">
        <Link to={paths.article.href(hit.slug)} data-origin={origin} className="underline underline-offset-4">
          {hit.title}
        </Link>
        <span className="ml-2 text-sm text-gray-700 dark:text-gray-300">(title)</span>
        {origin === 'local' && (
          <>
            {' '}
            <YoursBadge />
          </>
        )}
      </p>
    );
  }
  return <QuoteRefItem {...hit} quoteId={hit.quoteId} origin={origin} />;
});

/**
 * Made when the search chunk loads (the library's box loads it while idle): the first
 * `localeCompare` of a page sets up ICU's collation, about 40 ms at 4x CPU, which a first search
 * paid between its submit and its results.
 */
const byName = new Intl.Collator('en');

/** The speakers among the hits, most quoted first, and the chosen one even when it has none. */
function speakerOptions(hits: readonly (SearchHit | LocalSearchHit)[], chosen: string | null): SpeakerOption[] {
  const byId = new Map<string, SpeakerOption>();
  for (const h of hits) {
    if (!h.speakerId || !h.speakerName) continue;
    const option = byId.get(h.speakerId) ?? { id: h.speakerId, name: h.speakerName, count: 0 };
    option.count++;
    byId.set(h.speakerId, option);
  }
  if (chosen && !byId.has(chosen)) byId.set(chosen, { id: chosen, name: chosen, count: 0 });
  return [...byId.values()].sort((a, b) => b.count - a.count || byName.compare(a.name, b.name)).slice(0, 30);
}
