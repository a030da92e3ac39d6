import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readPageState } from './app/page-state';
import { queryClient } from './app/query-client';
import { clearReloadMark, isChunkLoadError, reloadOnce } from './app/reload-once';
import { createRouter } from './app/router';
import './index.css';

async function start() {
  // A prerendered page starts this module after its first paint, which can come before the parser
  // reaches the end of a long article: hydrate only the whole document.
  if (document.readyState === 'loading')
    await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  const state = readPageState(document);
  const router = await createRouter(state);
  if (!router) return;

  // The dev data plugin says when an article was re-ingested: refetch what is on screen.
  if (import.meta.hot) {
    import.meta.hot.on('verbatim:data-changed', () => {
      void queryClient.invalidateQueries().then(() => router.revalidate());
    });
  }

  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App router={router} />
    </StrictMode>
  );
  // A prerendered page is hydrated in place, in a transition so React yields to the reader's input
  // between components instead of holding the main thread for the whole article; the not-found
  // page and the dev server render afresh.
  if (state) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}

start().then(clearReloadMark, (error: unknown) => {
  // The prerendered page stays readable; missing code (a new deploy) gets one reload.
  if (!(isChunkLoadError(error) && reloadOnce())) throw error;
});
