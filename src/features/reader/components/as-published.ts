/** Whether repaired words read as published: one flag for the page, shared by the switch and the words. */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let asPublished = false;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const useAsPublished = () =>
  useSyncExternalStore(
    subscribe,
    () => asPublished,
    () => false,
  );

export function setAsPublished(value: boolean): void {
  asPublished = value;
  for (const listener of listeners) listener();
}
