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

/** GETs `url` and returns its body parsed by `schema`; throws NotFoundError, DataShapeError or Error. */
export async function fetchJson<T>(url: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 404 || (res.ok && type.includes('text/html'))) throw new NotFoundError(`Not found: ${url}`);
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status})`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new DataShapeError(`${url} is not valid JSON`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataShapeError(`${url} does not match the schema: ${issue?.path.join('.') || 'root'}: ${issue?.message}`);
  }
  return parsed.data;
}
