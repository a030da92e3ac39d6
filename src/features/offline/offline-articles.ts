/** Asking about, and asking for, articles kept for offline reading (the service worker keeps them). */
import { OFFLINE_CACHES, type SaveArticleMessage, type SaveReply } from '../../sw/offline-caches';
import { dataUrls } from '../../lib/paths';

/** Whether the article's data is in the offline cache. */
export async function isSavedForOffline(slug: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  const url = new URL(dataUrls.article(slug), window.location.origin).href;
  return Boolean(await caches.match(url, { cacheName: OFFLINE_CACHES.articles }));
}

/** Asks the service worker to save an article; rejects with its reason. */
export function saveForOffline(slug: string): Promise<void> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.reject(new Error('offline reading is not available in this browser yet'));
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveReply>) => {
      if (event.data.ok) resolve();
      else reject(new Error(event.data.error));
    };
    const message: SaveArticleMessage = { type: 'save-article', slug };
    worker.postMessage(message, [channel.port2]);
  });
}
