/** Fetching JSON data files and validating them at the boundary with the shared schemas. */
import type * as z from 'zod/mini';

/** The data file does not exist (a 404, or the SPA fallback answering with HTML). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The file exists but is not what the schema promises. */
export class DataShapeError extends Error {
  override name = 'DataShapeError';
}

/** A schema, or a loader of one: a page that arrives prerendered never fetches, so the schema code
 * can stay out of its first download and come in beside the first fetch. */
export type SchemaSource<T> = z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>);

/** How long a data request may hang before it fails with a message (and the page offers Retry). */
export const FETCH_TIMEOUT_MS = 15_000;

/** GETs `url` and returns its body parsed by `schema`; throws NotFoundError, DataShapeError or Error. */
export async function fetchJson<T>(
  url: string,
  source: SchemaSource<T>,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<T> {
  const loading = typeof source === 'function' ? source() : Promise.resolve(source);
  const body = await fetchUncheckedJson(url, signal, timeoutMs);
  const parsed = (await loading).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataShapeError(`${url} does not match the schema: ${issue?.path.join('.') || 'root'}: ${issue?.message}`);
  }
  return parsed.data;
}

/**
 * GETs `url` and returns its body as JSON, unchecked: only for a file the build already validated
 * and rendered the page from (see src/app/page-state.ts). Throws NotFoundError, DataShapeError or Error.
 */
export async function fetchUncheckedJson(
  url: string,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) throw new Error(`${url} took longer than ${Math.round(timeoutMs / 1000)} s to answer`);
    throw error;
  }
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 404 || (res.ok && type.includes('text/html'))) throw new NotFoundError(`Not found: ${url}`);
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status})`);
  try {
    return await res.json();
  } catch {
    throw new DataShapeError(`${url} is not valid JSON`);
  }
}
