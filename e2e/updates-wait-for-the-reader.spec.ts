import fs from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createSiteServer } from '../src/server/create-server';
import { waitForServiceWorker } from './offline-support';
import { e2eOutDir } from './seeds-dir';
import { expect, test } from './support';

/**
 * A deploy while a reader has the page open: this spec serves its own copy of the e2e build (the
 * real server, wrapped), on a port just after the suite's (one per parallel worker), then changes
 * it under the open page as a new deploy does: the service worker's bytes change and a chunk of the
 * old version disappears.
 */
const portOf = (parallelIndex: number) => (Number(process.env.E2E_PORT) || 4179) + 1 + parallelIndex;
/** Only the new version's service worker answers this; before it, the server's 404 does. */
const PROBE = '/__verbatim-version-probe';

interface Site {
  dir: string;
  server: Server;
  /** Paths the server answers 404 for from now on (the old version's chunks, after a deploy). */
  gone: Set<string>;
  /** Paths the page asked the server for (not what the service worker answered). */
  served: string[];
}

async function serveCopy(port: number): Promise<Site> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-update-'));
  fs.cpSync(e2eOutDir, dir, { recursive: true });
  const site = createSiteServer(dir).listeners('request')[0] as RequestListener;
  const gone = new Set<string>();
  const served: string[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    served.push(pathname);
    if (gone.has(pathname)) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('gone with the old version\n');
    else site(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return { dir, server, gone, served };
}

/** The new version: a service worker with other bytes (it also answers PROBE), and the old reader chunk gone. */
function deployNewVersion(site: Site): string {
  const sw = path.join(site.dir, 'service-worker.js');
  // The precompressed copies would be sent instead of the changed file.
  for (const ext of ['.br', '.gz']) fs.rmSync(sw + ext, { force: true });
  fs.appendFileSync(
    sw,
    `\nself.addEventListener('fetch', (e) => { if (new URL(e.request.url).pathname === '${PROBE}') e.respondWith(new Response('new')); });\n`,
  );
  const reader = fs.readdirSync(path.join(site.dir, 'assets')).find((n) => /^reader-[\w-]+\.js$/.test(n));
  expect(reader, 'the build has a reader chunk').toBeTruthy();
  site.gone.add(`/assets/${reader}`);
  site.served.length = 0;
  return `/assets/${reader}`;
}

const probe = (page: Page) =>
  page.evaluate((url) => fetch(url).then((r) => (r.ok ? r.text() : `HTTP ${r.status}`)), PROBE);
const hydrated = (page: Page) => page.waitForSelector('html[data-hydrated]', { state: 'attached' });
const samePage = (page: Page) => page.evaluate(() => (window as { oldPage?: boolean }).oldPage === true);
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Verbatim is ready' });
/** What the app does on its own now and then: ask whether the service worker changed. */
const checkForUpdate = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

/** Runs `use` with this worker's own copy of the site and a browser context on it; removes both after. */
async function onOwnSite(
  browser: Browser,
  parallelIndex: number,
  use: (site: Site, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const port = portOf(parallelIndex);
  const site = await serveCopy(port);
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  try {
    await use(site, context);
  } finally {
    await context.close();
    site.server.closeAllConnections();
    await new Promise((resolve) => site.server.close(resolve));
    fs.rmSync(site.dir, { recursive: true, force: true });
  }
}

test('a new version waits for the reader: a prompt, the old chunks meanwhile, and a reload onto the new one when accepted', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await onOwnSite(browser, testInfo.parallelIndex, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await waitForServiceWorker(page);
    await page.evaluate(() => ((window as { oldPage?: boolean }).oldPage = true));
    expect(await probe(page)).toBe('HTTP 404');

    const readerChunk = deployNewVersion(site);
    await checkForUpdate(page);
    const prompt = updatePrompt(page);
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(prompt.getByRole('button', { name: 'Reload to update' })).toBeVisible();

    // Nothing swaps under the reader: the same page, the old worker, and the old version's chunk
    // (gone from the server) still loads from the precache when the reader opens an article.
    await page.locator('a[href^="/articles/"]').first().click();
    await expect(page.locator('[data-quote-id]').first()).toBeVisible();
    expect(site.served).not.toContain(readerChunk);
    expect(await samePage(page)).toBe(true);
    expect(await probe(page)).toBe('HTTP 404');
    await expect(prompt).toBeVisible();

    // A reload is not an acceptance: still the old version, and the prompt again.
    await page.reload();
    await hydrated(page);
    await expect(page.locator('[data-quote-id]').first()).toBeVisible();
    expect(await probe(page)).toBe('HTTP 404');
    await expect(prompt).toBeVisible({ timeout: 20_000 });

    // Accepting reloads the page onto the new version.
    await page.evaluate(() => ((window as { oldPage?: boolean }).oldPage = true));
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => (window as { oldPage?: boolean }).oldPage !== true, null, { timeout: 20_000 });
    await hydrated(page);
    await expect(page.locator('[data-quote-id]').first()).toBeVisible();
    expect(await probe(page)).toBe('new');
    await expect(prompt).toHaveCount(0);
  });
});

test('"Later" leaves the open page on its version; the next visit, once the tab is closed, gets the new one', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await onOwnSite(browser, testInfo.parallelIndex, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/');
    await hydrated(page);
    await waitForServiceWorker(page);
    deployNewVersion(site);
    await checkForUpdate(page);
    const prompt = updatePrompt(page);
    await prompt.getByRole('button', { name: 'Later' }).click({ timeout: 20_000 });
    await expect(prompt).toHaveCount(0);
    expect(await probe(page)).toBe('HTTP 404');
    await page.close();

    const next = await context.newPage();
    await next.goto('/');
    await hydrated(next);
    await expect(next.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect.poll(() => probe(next), { timeout: 10_000 }).toBe('new');
    await expect(updatePrompt(next)).toHaveCount(0);
  });
});
