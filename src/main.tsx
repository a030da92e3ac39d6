import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readPageState } from './app/page-state';
import { queryClient } from './app/query-client';
import { clearReloadMark, isChunkLoadError, reloadOnce } from './app/reload-once';
import { createRouter } from './app/router';
import './index.css';

async function start() {
  const state = readPageState(document);
  const router = await createRouter(state);

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
  // A prerendered page is hydrated in place; the not-found page and the dev server render afresh.
  if (state) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

start().then(clearReloadMark, (error: unknown) => {
  // The prerendered page stays readable; missing code (a new deploy) gets one reload.
  if (!(isChunkLoadError(error) && reloadOnce())) throw error;
});
