/**
 * The production server for a built dist/: static files only, through sirv. Hashed assets are
 * cached for a year, pages and data are revalidated by ETag, the brotli or gzip copy made at build
 * is sent when the browser takes it, an article link from before a title change gets a 301 to its
 * new address, and an unknown path gets a real 404 — the not-found page for a page address, a
 * plain-text 404 for a file (never the app's HTML for a missing script).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { articleSlugs, movedArticlePath } from './moved-article';
import { cacheControlFor, siteScriptHashes, securityHeaders } from './security-headers';

/** A path that names a file (has an extension) gets a plain 404, not the not-found page. */
const FILE_PATH = /\.[a-z0-9]+$/i;
/** Build bookkeeping (.verbatim/) and host config (_headers) are not for the public. */
const PRIVATE_PATH = /(?:^|\/)(?:\.(?!well-known\/)|_headers$)/;

/**
 * Pages rendered in the browser only: a search (its query is any text) and a speaker (there can be
 * tens of thousands). They get the app's empty shell with status 200 when their data exists, so a
 * shared link is a page, not a 404.
 */
function isClientRoute(distDir: string, pathname: string): boolean {
  if (pathname === '/search' || pathname === '/search/') return true;
  const speaker = /^\/speakers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname)?.[1];
  return speaker !== undefined && existsSync(join(distDir, 'data', 'speakers', speaker, '0.json'));
}

function sendShell(shellFile: string, res: import('node:http').ServerResponse) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(readFileSync(shellFile));
}

export function createSiteServer(distDir: string): Server {
  const shellFile = join(distDir, '.verbatim/shell.html');
  if (!existsSync(shellFile))
    throw new Error(`${distDir} has no prerendered site (missing .verbatim/shell.html): run npm run build first`);
  const headers = securityHeaders(siteScriptHashes(readFileSync(shellFile, 'utf8')));
  const notFoundPage = join(distDir, '404.html');
  const slugs = articleSlugs(join(distDir, 'articles'));

  const notFound = (pathname: string, res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Cache-Control', 'no-cache');
    if (FILE_PATH.test(pathname) || !existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${pathname}\n`);
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(notFoundPage));
  };

  // Assets are listed once (they only change with a new build); pages and data are looked up per
  // request, so a re-ingest shows without a restart and a 10,000-article site is not held in memory.
  const assets = sirv(join(distDir, 'assets'), {
    etag: true,
    brotli: true,
    gzip: true,
    maxAge: 31536000,
    immutable: true,
    extensions: [],
  });
  const pages = sirv(distDir, { dev: true, etag: true, brotli: true, gzip: true });

  return createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed\n');
      return;
    }
    if (PRIVATE_PATH.test(pathname)) return notFound(pathname, res);
    res.setHeader('Cache-Control', cacheControlFor(pathname));
    if (pathname.startsWith('/assets/')) {
      req.url = req.url!.slice('/assets'.length);
      assets(req, res, () => notFound(pathname, res));
      return;
    }
    pages(req, res, () => {
      if (isClientRoute(distDir, pathname)) return sendShell(shellFile, res);
      // A link made before the article's title changed: permanently at its new address.
      const moved = movedArticlePath(pathname, slugs());
      if (!moved) return notFound(pathname, res);
      res.writeHead(301, { Location: moved + new URL(req.url ?? '/', 'http://x').search }).end();
    });
  });
}
