import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while the server renders and while React hydrates a prerendered page, true after. What
 * depends on the browser only (the query string: pages are built without one) is rendered only then,
 * so hydration matches the built page (React would otherwise report #418 and render afresh).
 */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
