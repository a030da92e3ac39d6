import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'react-router';
import type { LibraryYear } from '../../../ingest/library/library-schema';
import type { SearchQuery } from '../run-search';
import { searchAhead } from '../search-ahead';

const FIELD = 'min-h-11 rounded-md border border-gray-400 bg-white px-2 py-1 dark:border-gray-600 dark:bg-gray-900';

export interface SpeakerOption {
  id: string;
  name: string;
  count: number;
}

/** The query, speaker, years and sort as one GET form: its URL is the search, shareable as is. */
export function SearchFilters({
  query,
  years,
  speakers,
}: {
  query: SearchQuery;
  years: readonly LibraryYear[];
  speakers: readonly SpeakerOption[];
}) {
  const client = useQueryClient();
  const dated = years.flatMap((y) => (y.year ? [y.year] : []));
  return (
    // Each change fetches ahead what the search will read (search-ahead.ts).
    <Form
      role="search"
      className="space-y-3"
      key={JSON.stringify(query)}
      onInput={(event) => searchAhead(client, event.currentTarget)}
    >
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search titles, quotes and speakers
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          required
          defaultValue={query.q}
          className={`min-w-0 flex-1 text-base ${FIELD} px-3`}
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          Search
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          Speaker
          <select name="speaker" defaultValue={query.speaker ?? ''} className={FIELD}>
            <option value="">Anyone</option>
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.count > 0 ? ` (${s.count})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          From
          <select name="from" defaultValue={query.from ?? ''} className={FIELD}>
            <option value="">Any year</option>
            {[...dated].reverse().map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          To
          <select name="to" defaultValue={query.to ?? ''} className={FIELD}>
            <option value="">Any year</option>
            {dated.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          Sort
          <select name="sort" defaultValue={query.sort} className={FIELD}>
            <option value="date">Newest first</option>
            <option value="title">Title A–Z</option>
          </select>
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-gray-400 px-3 hover:bg-gray-100 dark:border-gray-600 dark:hover:bg-gray-800"
        >
          Apply
        </button>
      </div>
    </Form>
  );
}
