import { Link, useSearchParams } from 'react-router';
import { QuoteRefItem } from '../../../components/quote-ref-item';
import { YoursBadge } from '../../../components/yours-badge';
import { useLibrary } from '../../../lib/library-index';
import { paths } from '../../../lib/paths';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useLocalSearch } from '../api/get-local-search';
import { useSearch } from '../api/get-search';
import type { SearchHit } from '../run-search';
import type { LocalSearchHit } from '../search-local';
import { parseSearchParams, searchParamsOf, SEARCH_PAGE } from '../search-params';
import { SearchFilters, type SpeakerOption } from './search-filters';

/**
 * `/search?q=…`: hits as quotes in context, each linking to the quote in its article; hits in the
 * reader's own articles (kept in this browser) first, marked "yours".
 */
export function SearchPage() {
  useScrollMemory();
  const [params] = useSearchParams();
  const query = parseSearchParams(params);
  const { data: index } = useLibrary();
  const { data: result } = useSearch(query);
  const { hits, complete } = result;
  const { data: localHits = [] } = useLocalSearch(query);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <title>{query.q ? `“${query.q}” · Search · Verbatim` : 'Search · Verbatim'}</title>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        <SearchFilters
          query={query}
          years={index.years}
          speakers={speakerOptions([...localHits, ...hits], query.speaker)}
        />
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
        <ol className="mt-6 space-y-8">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Hit hit={hit} />
            </li>
          ))}
        </ol>
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

function Hit({ hit, origin }: { hit: SearchHit | LocalSearchHit; origin?: 'local' }) {
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
}

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
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 30);
}
