import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { DataShapeError, fetchJson, NotFoundError } from './fetch-json';

const schema = z.object({ title: z.string() });
const respond = (body: string, status = 200, type = 'application/json') =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } })),
  );

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('returns data that matches the schema', async () => {
    respond('{"title":"Hello"}');
    await expect(fetchJson('/data/a.json', schema)).resolves.toEqual({ title: 'Hello' });
  });
  it('reports a missing file as NotFoundError, also when the SPA fallback answers with HTML', async () => {
    respond('{"error":"no"}', 404);
    await expect(fetchJson('/data/a.json', schema)).rejects.toBeInstanceOf(NotFoundError);
    respond('<!doctype html>', 200, 'text/html');
    await expect(fetchJson('/data/a.json', schema)).rejects.toBeInstanceOf(NotFoundError);
  });
  it('reports data of the wrong shape as a DataShapeError naming the field', async () => {
    respond('{"title":42}');
    await expect(fetchJson('/data/a.json', schema)).rejects.toThrow(DataShapeError);
    await expect(fetchJson('/data/a.json', schema)).rejects.toThrow(/title/);
    respond('not json');
    await expect(fetchJson('/data/a.json', schema)).rejects.toThrow(/not valid JSON/);
  });
  it('reports server errors with their status', async () => {
    respond('oops', 500, 'text/plain');
    await expect(fetchJson('/data/a.json', schema)).rejects.toThrow(/HTTP 500/);
  });
});

describe('fetchJson, schema loaded on demand and requests that hang', () => {
  it('validates with a schema loaded beside the request', async () => {
    respond('{"title":"Hello"}');
    await expect(fetchJson('/data/a.json', async () => schema)).resolves.toEqual({ title: 'Hello' });
  });
  it('fails with a message naming the file when the server does not answer in time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ),
    );
    await expect(fetchJson('/data/slow.json', schema, undefined, 20)).rejects.toThrow(
      /\/data\/slow\.json took longer than/,
    );
  });
});
