import { useQueryClient } from '@tanstack/react-query';
import { use, useEffect } from 'react';
import { Form, useNavigate, useSubmit } from 'react-router';
import { paths } from '../../../lib/paths';
import { SearchWordsField, submitInOneTask } from '../../../components/search-words-field';
import { SearchInPlace } from '../search-in-place';

/** The search code: asked for when the library is idle or the box gets focus, never in a first paint. */
const loadSearch = () =>
  Promise.all([
    import('../../search/search-ahead'),
    // The search page's own chunk, so the submitted search renders it at once (routes/library-and-search.tsx).
    import('../../search/search-page-code').then((m) => m.loadSearchRoute()),
  ]).then(([ahead]) => ahead);

/**
 * A plain GET form to `/search?q=`. The search code loads once the library is idle, and while the
 * words are typed the search runs ahead, so the submitted search answers from memory: its results
 * are committed in place and painted first, and the navigation to their URL (the browser's
 * pushState, about 20 ms at 4x CPU, and the router's work) follows after that frame. Still being
 * searched ahead: shown the same way when the results come. Without the search code yet: the form
 * navigates. Once the typed words are searched ahead, their page is rendered hidden (at low priority,
 * between the keys), and the submit only reveals it.
 */
export function LibrarySearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  const client = useQueryClient();
  const submit = useSubmit();
  const navigate = useNavigate();
  const inPlace = use(SearchInPlace);
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
      onSubmit={(event) => {
        const form = event.currentTarget;
        const search = searchOf(form);
        const to = `${paths.search.pattern}${search}`;
        // After the frame that shows the results is painted: the navigation (pushState, the router's
        // work, the library's Activity going hidden) costs more than the results' commit, and the
        // reader waits for the paint, not the URL.
        const go = () => pendingNavigation.after(() => void navigate(to, { flushSync: true }));
        const ticket = ++submits;
        const shown = inPlace.show(search);
        if (shown === false) return submitInOneTask(submit)(event);
        event.preventDefault();
        if (shown === true) return go();
        // Not shown: navigate as the form would, unless the reader has gone elsewhere meanwhile.
        const from = window.location.href;
        void shown.then((ok) => {
          // A newer submit has taken over: it shows and navigates itself.
          if (ticket !== submits) return;
          if (ok) go();
          else if (window.location.href === from) void submit(form, { flushSync: true });
        });
      }}
      onInput={(event) => {
        const form = event.currentTarget;
        // Once searched ahead, the page for the words typed by then is rendered hidden, ready for the submit.
        void loadSearch().then(
          (m) => m.searchAhead(client, form).then(() => inPlace.prepare(searchOf(form))),
          () => {},
        );
      }}
    >
      <SearchWordsField id="library-search" defaultValue={defaultValue} placeholder="Titles, quotes, speakers" />
    </Form>
  );
}

/** Submits so far: an older one whose results come late does nothing. */
let submits = 0;

/**
 * The one navigation waiting for its results' frame to be painted: a task posted from the next
 * animation frame (it runs after that frame's paint), registered after the commit's microtasks so
 * whatever else waits on that frame goes first. A second submit meanwhile replaces it, and it is
 * dropped if the reader has moved elsewhere (Back) before it runs.
 */
const pendingNavigation = {
  cancel: () => {},
  after(run: () => void) {
    this.cancel();
    const from = window.location.href;
    let frame = 0;
    let task = 0;
    let cancelled = false;
    queueMicrotask(() => {
      if (cancelled) return;
      frame = requestAnimationFrame(() => {
        task = window.setTimeout(() => {
          this.cancel = () => {};
          if (window.location.href === from) run();
        });
      });
    });
    this.cancel = () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
    };
  },
};

/** The form's fields as a GET submit sends them (its text fields: this form has no files), as a URL query. */
const searchOf = (form: HTMLFormElement): string =>
  `?${new URLSearchParams([...new FormData(form)].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])))}`;
