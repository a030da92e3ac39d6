/**
 * `npm run lighthouse [-- PATH]`: Lighthouse (mobile preset: simulated slow 4G, 4× CPU slowdown) on a
 * page of the built site served by the production server, side by side with a static copy of the
 * same page (the prerendered HTML with the app's CSS and no script, compressed as the pages are). Prints the four scores and
 * LCP, CLS, TBT and bytes for each, and LCP's ratio. Needs a build (`npm run build`) and Chromium
 * (`CHROME_PATH`, default /usr/bin/chromium). PATH defaults to the first quote of the first article.
 * `LIGHTHOUSE_REPORTS=DIR` keeps both JSON reports there (app.json, static.json), to read what
 * Lighthouse took as the LCP element, the requests it waited for and their priorities.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { compressSite } from './compress-site';
import { createSiteServer } from './create-server';

const dist = resolve('dist');
const COPY_DIR = 'lighthouse-static-copy';
const LIGHTHOUSE_VERSION = '12.2.3';

function firstQuotePath(): string {
  for (const slug of readdirSync(join(dist, 'articles')).sort()) {
    const quotes = join(dist, 'articles', slug, 'quotes');
    const first = existsSync(quotes) ? readdirSync(quotes).sort()[0] : undefined;
    if (first) return `/articles/${slug}/quotes/${first}`;
  }
  throw new Error(`no prerendered quote page in ${dist}/articles: run npm run build first`);
}

/** The page's HTML without any script or module preload: what "static HTML" paints. */
function staticCopy(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
}

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  kb: number;
}

// Asynchronous: the server runs in this process and must answer while Lighthouse loads the page.
const run = promisify(execFile);

async function lighthouse(url: string, name: string): Promise<Figures> {
  const { stdout: out } = await run(
    'npx',
    [
      // Pinned, and fetched by npx on first use: Lighthouse is a measuring tool, not a dependency of the app.
      '--yes',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const reports = process.env.LIGHTHOUSE_REPORTS;
  if (reports) {
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, `${name}.json`), out);
  }
  const r = JSON.parse(out);
  const score = (c: string) => Math.round(r.categories[c].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(r.audits['largest-contentful-paint'].numericValue),
    cls: Number(r.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    tbtMs: Math.round(r.audits['total-blocking-time'].numericValue),
    kb: Math.round(r.audits['total-byte-weight'].numericValue / 100) / 10,
  };
}

const path = process.argv[2] ?? firstQuotePath();
const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
mkdirSync(join(dist, COPY_DIR), { recursive: true });
writeFileSync(join(dist, COPY_DIR, 'index.html'), staticCopy(page));
// Sent brotli-compressed like the app's page, as any static host would send it.
await compressSite(join(dist, COPY_DIR));
const server = createSiteServer(dist);
await new Promise<void>((done) => server.listen(0, done));
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
try {
  const app = await lighthouse(origin + path, 'app');
  const copy = await lighthouse(`${origin}/${COPY_DIR}/`, 'static');
  console.log(`page: ${path}`);
  console.table({ 'app (prerendered + hydrated)': app, 'static HTML copy': copy });
  console.log(`LCP ratio app / static copy: ${(app.lcpMs / copy.lcpMs).toFixed(2)}`);
} finally {
  server.close();
  server.closeAllConnections();
  rmSync(join(dist, COPY_DIR), { recursive: true, force: true });
}
