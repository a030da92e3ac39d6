import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Form, useSubmit } from 'react-router';
import { paths } from '../../../lib/paths';
import { SearchWordsField, submitInOneTask } from '../../../components/search-words-field';

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
      onFocus={() => void loadSearch().catch(() => {})}
      onSubmit={submitInOneTask(submit)}
      onInput={(event) => {
        const form = event.currentTarget;
        void loadSearch().then(
          (m) => m.searchAhead(client, form),
          () => {},
        );
      }}
    >
      <SearchWordsField
        id="library-search"
        defaultValue={defaultValue}
        placeholder="Search titles, quotes and speakers"
      />
    </Form>
  );
}
