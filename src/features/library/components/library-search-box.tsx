import { Form } from 'react-router';
import { paths } from '../../../lib/paths';

/** A plain GET form to `/search?q=`: the search code loads only when a search is made. */
export function LibrarySearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <Form action={paths.search.pattern} role="search" className="flex gap-2">
      <label htmlFor="library-search" className="sr-only">
        Search titles, quotes and speakers
      </label>
      <input
        id="library-search"
        name="q"
        type="search"
        required
        defaultValue={defaultValue}
        placeholder="Search titles, quotes and speakers"
        className="min-w-0 flex-1 rounded-md border border-gray-400 bg-white px-3 py-2 text-base dark:border-gray-600 dark:bg-gray-900"
      />
      <button
        type="submit"
        className="min-h-11 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Search
      </button>
    </Form>
  );
}
