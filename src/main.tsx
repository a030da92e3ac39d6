import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { router } from './app/router';
import './index.css';

// The dev data plugin says when an article was re-ingested: refetch what is on screen.
if (import.meta.hot) {
  import.meta.hot.on('verbatim:data-changed', () => {
    void queryClient.invalidateQueries().then(() => router.revalidate());
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
