/**
 * Network first, the cache when the network fails or is too slow. Fresh text while online (a
 * re-ingested article shows its corrections), the last copy offline.
 */

/** Resolves with `promise`, or rejects after `ms` (never, for Infinity). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms)) return promise;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

export interface NetworkFirstOptions {
  cacheName: string;
  /** The cache key; defaults to the request. */
  key?: string;
  /** How long to wait for the network when a cached copy exists. */
  timeoutMs?: number;
  /** Whether a network response may be cached (default: any 200). */
  cacheable?: (response: Response) => boolean;
  /** Called with each response put in the cache. */
  onCached?: (response: Response) => void;
}

/** The network's response (cached when good), else the cached copy; null when neither answers. */
export async function networkFirst(request: Request, options: NetworkFirstOptions): Promise<Response | null> {
  const cache = await caches.open(options.cacheName);
  const key = options.key ?? request;
  const cached = await cache.match(key);
  const network = fetch(request).then(async (response) => {
    if (response.status === 200 && (options.cacheable?.(response) ?? true)) {
      await cache.put(key, response.clone());
      options.onCached?.(response);
    }
    return response;
  });
  try {
    return await withTimeout(network, cached ? (options.timeoutMs ?? 4000) : Infinity);
  } catch {
    // Offline, or slow with a copy at hand: the copy. The network may still land and refresh it.
    network.catch(() => undefined);
    return cached ?? null;
  }
}
