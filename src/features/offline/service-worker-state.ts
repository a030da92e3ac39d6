/**
 * The service worker as the page sees it: registered after the page has loaded (workbox-window is
 * in this lazy chunk, never in the first page's JS), whether it controls the page, and whether a new
 * version waits for the reader's consent. A tiny store for useSyncExternalStore.
 */
import type { Workbox } from 'workbox-window';

export interface ServiceWorkerState {
  /** A service worker controls this page: articles read now are kept for offline reading. */
  active: boolean;
  /** A new version is installed and waits; `acceptUpdate` switches to it. */
  updateReady: boolean;
}

let state: ServiceWorkerState = { active: false, updateReady: false };
const listeners = new Set<() => void>();
let workbox: Workbox | null = null;

function set(next: Partial<ServiceWorkerState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const serviceWorkerState = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Registers /service-worker.js once (production builds only). workbox-window is imported here, in
 * the browser, never at module load: the prerender renders the library (which shows this state) in
 * Node, where that package has no ES exports.
 */
export async function registerServiceWorker(): Promise<void> {
  if (workbox || import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  if (workbox) return;
  workbox = new Workbox('/service-worker.js', { scope: '/' });
  set({ active: Boolean(navigator.serviceWorker.controller) });
  workbox.addEventListener('waiting', () => set({ updateReady: true }));
  workbox.addEventListener('controlling', (event) => {
    // A new version took over (here or in another tab): reload, so this page never mixes the old
    // version's chunks with the new one's.
    if (event.isUpdate) window.location.reload();
    else set({ active: true });
  });
  void workbox.register().catch(() => undefined);
}

/** Switches to the waiting version; the page reloads when it takes over. */
export function acceptUpdate(): void {
  workbox?.messageSkipWaiting();
}
