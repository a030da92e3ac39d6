/// <reference lib="webworker" />
/**
 * Verbatim's service worker (built by vite-plugin-pwa's injectManifest from this file).
 *
 * - The app shell (every built chunk, the CSS, icons, index.html) and the library index are
 *   precached, one version at a time: a page keeps the chunks of the version it started with, and a
 *   new version waits until the reader accepts the prompt or every tab is closed.
 * - Pages: network first (prerendered HTML, kept per path); offline, the kept page, else the shell,
 *   which renders the route from cached data. An article path the server does not know (the
 *   reader's own articles live in IndexedDB) gets the shell too.
 * - Article data: network first, kept when read, with the article's page and card images.
 * - Other data files: network first; offline, the last copy, else the precached one (the index
 *   and the first page of the library in each order). Images: cache first.
 * - Hunspell dictionaries and word frequency lists (megabytes and `word-list-*.js` chunks, fetched
 *   by the ingest worker for a language it needs, left out of the precache): cache first once
 *   fetched, so adding an article in that language works offline afterwards.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { articleSlugOfData, OFFLINE_CACHES, type SaveArticleMessage, type SaveReply } from './offline-caches';
import { networkFirst } from './network-first';
import { saveArticle, savePageAndCards } from './save-article';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

const SHELL = '/app-shell.html';

const shell = () => matchPrecache(SHELL);

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').includes('text/html');

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'save-article') {
    const { slug } = data as SaveArticleMessage;
    const reply = (message: SaveReply) => event.ports[0]?.postMessage(message);
    event.waitUntil(
      saveArticle(slug, self.location.origin).then(
        () => reply({ ok: true }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      ),
    );
  }
});

// The first version takes the open page at once, so the article being read is kept; later
// versions wait for the prompt (see the message handler above).
clientsClaim();
cleanupOutdatedCaches();

// Registered before the precache route so that pages and the index are fresh while online.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request, url }) => {
    const page = await networkFirst(request, {
      cacheName: OFFLINE_CACHES.pages,
      key: url.origin + url.pathname,
      timeoutMs: 4000,
      cacheable: isHtml,
    });
    if (page && page.status === 404 && url.pathname.startsWith('/articles/')) return (await shell()) ?? page;
    return page ?? (await shell()) ?? Response.error();
  },
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && articleSlugOfData(url.pathname) !== null,
  async ({ request, url, event }) => {
    const slug = articleSlugOfData(url.pathname)!;
    const response = await networkFirst(request, {
      cacheName: OFFLINE_CACHES.articles,
      key: url.origin + url.pathname,
      onCached: () => event.waitUntil(savePageAndCards(slug, url.origin).catch(() => undefined)),
    });
    // Offline and never read: an answer the page can tell from a broken file.
    return (
      response ??
      Response.json(
        { error: 'not saved for offline reading', slug },
        { status: 504, statusText: 'Not saved for offline reading' },
      )
    );
  },
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/data/'),
  async ({ request, url }) => {
    const response = await networkFirst(request, { cacheName: OFFLINE_CACHES.data, key: url.origin + url.pathname });
    return response ?? (await matchPrecache(url.pathname)) ?? Response.error();
  },
);

registerRoute(
  ({ url }) =>
    url.origin === self.location.origin && /^\/assets\/(?:.+\.(?:aff|dic)|word-list-[\w-]+\.js)$/.test(url.pathname),
  ({ request }) => cacheFirst(request, OFFLINE_CACHES.dictionaries),
);

registerRoute(
  ({ request, url }) =>
    request.destination === 'image' && url.origin === self.location.origin && !url.pathname.startsWith('/assets/'),
  ({ request }) => cacheFirst(request, OFFLINE_CACHES.images),
);

precacheAndRoute(self.__WB_MANIFEST);
