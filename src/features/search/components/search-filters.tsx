import { useQueryClient } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { Form, useSubmit } from 'react-router';
import type { LibraryYear } from '../../../ingest/library/library-schema';
import type { SearchQuery } from '../run-search';
import { searchAhead } from '../search-ahead';
import { SearchWordsField, submitInOneTask } from '../../../components/search-words-field';
import { OptionsSelect, type SelectOption } from './options-select';

const FIELD = 'min-h-11 rounded-md border border-gray-400 bg-white px-2 py-1 dark:border-gray-600 dark:bg-gray-900';

export interface SpeakerOption {
  id: string;
  name: string;
  count: number;
}

/**
 * The query, speaker, years and sort as one GET form: its URL is the search, shareable as is.
 * Memoised, and each field keyed by its own value (not the whole form by the query): a new search
 * re-creates only the fields whose value changed, so the form's DOM is not torn down and rebuilt
 * on every submit. The submit renders in its own task (flushSync), not as a transition sliced
 * across many. The speaker and year lists are filled by the DOM, not React (options-select.tsx):
 * a search shown from the library commits this form before its results are painted.
 */
export const SearchFilters = memo(function SearchFilters({
  query,
  years,
  speakers,
}: {
  query: SearchQuery;
  years: readonly LibraryYear[];
  speakers: readonly SpeakerOption[];
}) {
  const client = useQueryClient();
  const submit = useSubmit();
  const speakerList = useMemo(() => speakerOptions(speakers), [speakers]);
  const [fromYears, toYears] = useMemo(() => {
    const dated = years.flatMap((y) => (y.year ? [String(y.year)] : []));
    return [yearOptions([...dated].reverse()), yearOptions(dated)];
  }, [years]);
  return (
    // Each change fetches ahead what the search will read (search-ahead.ts).
    <Form
      role="search"
      className="space-y-3"
      onSubmit={submitInOneTask(submit)}
      onInput={(event) => void searchAhead(client, event.currentTarget)}
    >
      <SearchWordsField key={query.q} id="search-q" defaultValue={query.q} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          Speaker
          <OptionsSelect
            name="speaker"
            key={`${query.speaker}`}
            className={FIELD}
            options={speakerList}
            selected={query.speaker ?? ''}
          />
        </label>
        <label className="flex items-center gap-2">
          From
          <OptionsSelect
            name="from"
            key={`${query.from}`}
            className={FIELD}
            options={fromYears}
            selected={query.from ?? ''}
          />
        </label>
        <label className="flex items-center gap-2">
          To
          <OptionsSelect name="to" key={`${query.to}`} className={FIELD} options={toYears} selected={query.to ?? ''} />
        </label>
        <label className="flex items-center gap-2">
          Sort
          <select name="sort" key={query.sort} defaultValue={query.sort} className={FIELD}>
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
});

const speakerOptions = (speakers: readonly SpeakerOption[]): SelectOption[] => [
  { value: '', label: 'Anyone' },
  ...speakers.map((s) => ({ value: s.id, label: s.count > 0 ? `${s.name} (${s.count})` : s.name })),
];

const yearOptions = (years: readonly string[]): SelectOption[] => [
  { value: '', label: 'Any year' },
  ...years.map((y) => ({ value: y, label: y })),
];
