import { useEffect, useRef } from 'react';

/** Retries after the `online` event: at once, then after 1, 2, 4 and 8 s. */
const DELAYS_MS = [0, 1000, 2000, 4000, 8000];

/**
 * Back online, runs `retry` (the router's revalidation) a few times: the `online` event can come
 * before requests get through again, so one attempt at that moment may fail like the ones before.
 * A route that already has its data does nothing on a revalidation (its query is cached).
 */
export function useRetryWhenOnline(retry: () => unknown): void {
  const latest = useRef(retry);
  useEffect(() => {
    latest.current = retry;
  });
  useEffect(() => {
    let timers: number[] = [];
    const onOnline = () => {
      timers.forEach(clearTimeout);
      timers = DELAYS_MS.map((ms) => window.setTimeout(() => void latest.current(), ms));
    };
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      timers.forEach(clearTimeout);
    };
  }, []);
}
