import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Form, useSubmit } from 'react-router';
import { paths } from '../../../lib/paths';

/** The search code: asked for when the library is idle or the box gets focus, never in a first paint. */
const loadSearch = () =>
  Promise.all([
    import('../../search/search-ahead'),
    // The search page's own chunk, so the submitted search does not wait for it either.
    import('../../search/components/search-page'),
  ]).then(([ahead]) => ahead);

/**
 * A plain GET form to `/search?q=`. The search code loads once the library is idle, and while the
 * words are typed the index files they need are fetched ahead, so the submitted search answers
 * from memory.
 */
export function LibrarySearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  const client = useQueryClient();
  const submit = useSubmit();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void loadSearch().catch(() => {}));
    return () => cancel(handle);
  }, []);
  return (
    <Form
      action={paths.search.pattern}
      role="search"
      className="flex gap-2"
      onFocus={() => void loadSearch().catch(() => {})}
      // The results page renders in one task (flushSync), not as a transition sliced across many.
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget, { flushSync: true });
      }}
      onInput={(event) => {
        const form = event.currentTarget;
        void loadSearch().then(
          (m) => m.searchAhead(client, form),
          () => {},
        );
      }}
    >
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
