/**
 * HTTP handlers for `/data/*`: the dev server answers from the in-memory library, the preview
 * server from dist, and both answer an unknown data file with a JSON 404 rather than the SPA page.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DATA_FILE_PATTERN } from '../ingest/library/data-files.ts';
import type { Library } from './build-library';

type Next = () => void;

/** The path under `<base>data/` a request asks for (`index.json`, `articles/x.json`), or null. */
function dataRequestPath(req: IncomingMessage, base: string): string | null {
  const prefix = `${base}data/`;
  const pathname = (req.url ?? '').split('?')[0] ?? '';
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
}

/** Dev: serves the current in-memory library (each piece of the shared files made on first request). */
export function serveDevData(req: IncomingMessage, res: ServerResponse, next: Next, base: string, library: Library) {
  const path = dataRequestPath(req, base);
  if (path === null) return next();
  const slug = /^articles\/([a-z0-9-]+)\.json$/.exec(path)?.[1];
  if (slug !== undefined) {
    const article = library.articles.get(slug);
    if (article) return sendJson(res, 200, JSON.stringify(article));
    return sendJson(res, 404, JSON.stringify({ error: `no article with slug "${slug}"` }));
  }
  const json = DATA_FILE_PATTERN.test(path) ? library.sharedFile(path) : undefined;
  if (json !== undefined) return sendJson(res, 200, json);
  sendJson(res, 404, JSON.stringify({ error: `no such data file: ${path}` }));
}

function sendJson(res: ServerResponse, status: number, json: string) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(json);
}

/** Preview: lets real files in `dataDir` through to Vite's static server, 404s the rest as JSON. */
export function guardPreviewData(req: IncomingMessage, res: ServerResponse, next: Next, base: string, dataDir: string) {
  const path = dataRequestPath(req, base);
  if (path === null || (DATA_FILE_PATTERN.test(path) && existsSync(join(dataDir, path)))) return next();
  sendJson(res, 404, JSON.stringify({ error: `no such data file: ${path}` }));
}
