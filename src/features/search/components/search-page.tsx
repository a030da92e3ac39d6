import { Link, useSearchParams } from 'react-router';
import { QuoteRefItem } from '../../../components/quote-ref-item';
import { useLibrary } from '../../../lib/library-index';
import { paths } from '../../../lib/paths';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useSearch } from '../api/get-search';
import type { SearchHit } from '../run-search';
import { parseSearchParams, searchParamsOf, SEARCH_PAGE } from '../search-params';
import { SearchFilters, type SpeakerOption } from './search-filters';

/** `/search?q=…`: hits as quotes in context, each linking to the quote in its article. */
export function SearchPage() {
  useScrollMemory();
  const [params] = useSearchParams();
  const query = parseSearchParams(params);
  const { data: index } = useLibrary();
  const { data: result } = useSearch(query);
  const { hits, complete } = result;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <title>{query.q ? `“${query.q}” · Search · Verbatim` : 'Search · Verbatim'}</title>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        <SearchFilters query={query} years={index.years} speakers={speakerOptions(hits, query.speaker)} />
      </div>
      <p className="mt-6 text-gray-700 dark:text-gray-300" role="status">
        {query.q === '' ? 'Type words to look for in titles, quotes and speakers.' : summary(hits.length, complete)}
      </p>
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

function summary(n: number, complete: boolean): string {
  if (n === 0) return 'Nothing found.';
  return `${complete ? '' : 'The first '}${n} result${n === 1 ? '' : 's'}${complete ? '' : ' (more below)'}.`;
}

function Hit({ hit }: { hit: SearchHit }) {
  if (hit.quoteId === null) {
    return (
      <p className="font-serif text-xl">
        <Link to={paths.article.href(hit.slug)} className="underline underline-offset-4">
          {hit.title}
        </Link>
        <span className="ml-2 text-sm text-gray-700 dark:text-gray-300">(title)</span>
      </p>
    );
  }
  return <QuoteRefItem {...hit} quoteId={hit.quoteId} />;
}

/** The speakers among the hits, most quoted first, and the chosen one even when it has none. */
function speakerOptions(hits: readonly SearchHit[], chosen: string | null): SpeakerOption[] {
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
