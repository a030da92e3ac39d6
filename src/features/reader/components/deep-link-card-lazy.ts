/**
 * The deep-link card, loaded lazily but preloadable. A prerendered quote page holds the card; if its
 * code were still loading when the page hydrates, the first state update (the "Opened a quote"
 * message) would make React drop the card's HTML and draw it again — a layout shift of the whole
 * article. The router preloads it before hydrating, and a preloaded module is handed to React.lazy
 * synchronously, so hydration never waits for it.
 */
import { lazy } from 'react';

type CardModule = typeof import('./deep-link-card');
let loaded: CardModule | null = null;

export function preloadDeepLinkCard(): Promise<void> {
  return import('./deep-link-card').then((module) => {
    loaded = module;
  });
}

/** A thenable that resolves at once: React.lazy reads the module during the same render. React's
 * types ask for a Promise, but lazy only calls `then`. */
const resolvedNow = (module: CardModule) =>
  ({ then: (resolve: (m: CardModule) => void) => resolve(module) }) as unknown as Promise<CardModule>;

export const DeepLinkCard = lazy(() => (loaded ? resolvedNow(loaded) : import('./deep-link-card')));
