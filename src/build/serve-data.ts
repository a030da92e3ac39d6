/**
 * HTTP handlers for `/data/*`: the dev server answers from the in-memory library, the preview
 * server from dist, and both answer an unknown data file with a JSON 404 rather than the SPA page.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Library } from './build-library';

type Next = () => void;

/** The path under `<base>data/` a request asks for (`index.json`, `articles/x.json`), or null. */
function dataRequestPath(req: IncomingMessage, base: string): string | null {
  const prefix = `${base}data/`;
  const pathname = (req.url ?? '').split('?')[0] ?? '';
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
}

/** Slugs are [a-z0-9-] by schema, so a path outside this shape (.., %2e, more slashes) names no data. */
function isDataFilePath(path: string): boolean {
  return /^(?:index|articles\/[a-z0-9-]+)\.json$/.test(path);
}

/** Dev: serves the current in-memory library. */
export function serveDevData(req: IncomingMessage, res: ServerResponse, next: Next, base: string, library: Library) {
  const path = dataRequestPath(req, base);
  if (path === null) return next();
  if (path === 'index.json') return sendJson(res, 200, library.index);
  const slug = /^articles\/([a-z0-9-]+)\.json$/.exec(path)?.[1];
  const article = slug === undefined ? undefined : library.articles.get(slug);
  if (article) return sendJson(res, 200, article);
  sendJson(res, 404, { error: slug ? `no article with slug "${slug}"` : `no such data file: ${path}` });
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`${JSON.stringify(value, null, 2)}\n`);
}

/** Preview: lets real files in `dataDir` through to Vite's static server, 404s the rest as JSON. */
export function guardPreviewData(req: IncomingMessage, res: ServerResponse, next: Next, base: string, dataDir: string) {
  const path = dataRequestPath(req, base);
  if (path === null || (isDataFilePath(path) && existsSync(join(dataDir, path)))) return next();
  sendJson(res, 404, { error: `no such data file: ${path}` });
}
