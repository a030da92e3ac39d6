import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ArticleSchema } from '../src/ingest/schema';
import { PHONE, SEED, articleOf, expect, shot, test } from './support';
import { expectHeaderFits } from './offline-support';
import { projectRoot } from './seeds-dir';

const BAD = path.resolve(projectRoot, '../shared/corpus/bad');
const FIXTURES = path.join(projectRoot, 'e2e', 'fixtures');

// Each test runs the CLI or reads a dictionary in the browser: slower than the suite's default.
test.describe.configure({ timeout: 90_000 });

const localLinks = (page: Page) => page.locator('a[data-origin="local"]');

/** An article of our own invention, as a reader would paste it. */
const OWN_TITLE = 'Ostrel Quay ferry moves its first crossing';
const OWN_ARTICLE = `${OWN_TITLE}

By Maren Tolliver

February 14, 2025

OSTREL QUAY — The morning ferry will leave twenty minutes earlier from next month.

"The early crossing will sail at a quarter past six, whatever the tide tables say," said Jonah Pelletreau, the quay's harbour master.

Pelletreau said the change followed a winter of complaints from commuters.
`;

/** Pastes `text` on the library and waits for it to be listed as the reader's own. */
async function paste(page: Page, text: string, title: string) {
  await page.goto('/');
  await page.getByLabel('Paste an article').fill(text);
  await page.getByRole('button', { name: 'Add pasted article' }).click();
  const link = localLinks(page).filter({ hasText: title });
  await expect(link).toBeVisible({ timeout: 30_000 });
  return (await link.getAttribute('href'))!;
}

/** The quote and speaker ids the reader shows for the article at `url`. */
async function idsOnPage(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-quote-id]').first()).toBeVisible();
  return page.evaluate(() => ({
    quotes: [
      ...new Set([...document.querySelectorAll('[data-quote-id]')].map((e) => e.getAttribute('data-quote-id'))),
    ].sort(),
    speakers: [
      ...new Set([...document.querySelectorAll('[data-speaker-id]')].map((e) => e.getAttribute('data-speaker-id'))),
    ].sort(),
  }));
}

/** What `npm run ingest` says about each file of `dir`: `ok` or its FAILED message. */
function cliVerdicts(dir: string): Map<string, string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-cli-'));
  const run = spawnSync('npx', ['tsx', 'src/build/ingest-cli.ts', '--seeds', dir, '--out', out], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  fs.rmSync(out, { recursive: true, force: true });
  const verdicts = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    const ok = /^ok\s+(.+?): \d+ quotes?,/.exec(line);
    if (ok) verdicts.set(ok[1]!, 'ok');
    const failed = /^FAILED\s+((.+?\.txt): .*)$/.exec(line);
    if (failed) verdicts.set(failed[2]!, failed[1]!);
  }
  return verdicts;
}

/** Drops files on the library page the way a file manager does. */
async function dropFiles(page: Page, dir: string, names: string[]) {
  const files = names.map((name) => ({ name, bytes: [...fs.readFileSync(path.join(dir, name))] }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test("a pasted article is the build's article, marked yours; it survives a reload, exports its JSON and deletes in one click", async ({
  page,
  request,
}) => {
  const built = await articleOf(request, SEED);
  const fromServer = await idsOnPage(page, `/articles/${built.slug}`);

  await page.goto('/');
  await page.getByLabel('Paste an article').fill(fs.readFileSync(path.join(projectRoot, 'seeds', SEED), 'utf8'));
  await page.getByRole('button', { name: 'Add pasted article' }).click();
  const link = localLinks(page).filter({ hasText: built.title });
  // The first French article fetches and reads the French dictionary: seconds on a busy machine.
  await expect(link).toBeVisible({ timeout: 30_000 });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/);
  expect(href).not.toBe(`/articles/${built.slug}`);
  await expect(page.locator('li[data-origin="local"]').getByText('Yours', { exact: true })).toBeVisible();
  await shot(page, 'library-your-articles-desktop');

  // The same JSON as the build's, but for its name: the file it came from, and so its slug.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export ${built.title} as JSON` }).click();
  const exported = ArticleSchema.parse(JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')));
  expect(exported.quotes).toEqual(built.quotes);
  expect(exported.speakers).toEqual(built.speakers);
  // Repaired with the same dictionaries as the build (the seed's French tweet).
  expect(exported.repairs?.length).toBeGreaterThan(0);
  expect(exported.repairs).toEqual(built.repairs);
  expect({ ...exported, slug: built.slug, source: built.source }).toEqual(built);

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(built.title);
  await expect(page.getByRole('banner').getByText('Yours')).toBeVisible();
  expect(await idsOnPage(page, href)).toEqual(fromServer);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(built.title);
  await page.setViewportSize(PHONE);
  await shot(page, 'reader-your-article-phone');

  // The speaker filter and a quote's deep link work as on the build's articles.
  const quoteId = fromServer.quotes[0]!;
  await page.goto(`${href}/quotes/${quoteId}`);
  await expect(page.locator(`[data-quote-id="${quoteId}"][data-first="true"]`)).toHaveAttribute('data-active', 'true');

  await page.goto('/');
  await page.reload();
  await expect(link).toBeVisible();
  await page.getByRole('button', { name: `Delete ${built.title}` }).click();
  await expect(localLinks(page)).toHaveCount(0);
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that article');
});

test('choosing .txt files adds each good one and names the file that could not be read', async ({ page }) => {
  await page.goto('/');
  await page
    .getByLabel('Add .txt files')
    .setInputFiles(['marrow_point_cottage.txt', 'binary_garbage.txt'].map((n) => path.join(FIXTURES, n)));
  const verdicts = cliVerdicts(FIXTURES);
  await expect(page.locator('[data-outcome="failed"]')).toHaveText([verdicts.get('binary_garbage.txt')!]);
  await expect(localLinks(page)).toHaveCount(1);
});

test('dropping the shared bad files shows one message per file and loses none of the good ones', async ({ page }) => {
  test.skip(!fs.existsSync(BAD), `${BAD} is not on this machine`);
  const names = fs.readdirSync(BAD).sort();
  const verdicts = cliVerdicts(BAD);
  await page.goto('/');
  await page.getByLabel('Add .txt files').setInputFiles(path.join(FIXTURES, 'marrow_point_cottage.txt'));
  await expect(localLinks(page)).toHaveCount(1);

  await dropFiles(page, BAD, names);
  const lines = page.getByRole('region', { name: 'Files just added' }).getByRole('listitem');
  await expect(lines).toHaveCount(names.length, { timeout: 30_000 });
  const expected = names.map((name) => verdicts.get(name) ?? `${name}: not a .txt file`);
  const good = expected.filter((v) => v === 'ok').length;
  for (const [i, verdict] of expected.entries()) {
    if (verdict === 'ok') await expect(lines.nth(i)).toHaveAttribute('data-outcome', 'ok');
    else await expect(lines.nth(i)).toHaveText(verdict);
  }
  expect(good).toBeGreaterThan(0);
  await expect(localLinks(page)).toHaveCount(good + 1);
  await page.reload();
  await expect(localLinks(page)).toHaveCount(good + 1);
  await shot(page, 'library-dropped-bad-files-desktop');
});

test("the reader's own article is searched with the library's: its quote is found, marked yours, and opens; its copied link says it is only on this device", async ({
  page,
  context,
}) => {
  const href = await paste(page, OWN_ARTICLE, OWN_TITLE);

  await page.goto('/search?q=crossing+tide');
  const hit = page.locator('article[data-origin="local"]').filter({ hasText: 'quarter past six' });
  await expect(hit).toBeVisible();
  await expect(hit.getByText('Yours', { exact: true })).toBeVisible();
  await expect(hit).toContainText('Jonah Pelletreau');
  await expect(page.getByRole('status').filter({ hasText: 'in your articles' })).toContainText('1 in your articles');
  // Found by the speaker's name too, as the library's quotes are.
  await page.goto('/search?q=pelletreau');
  await expect(hit).toHaveCount(1);
  await shot(page, 'search-your-articles-desktop');

  await hit.getByRole('link', { name: OWN_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*${href}/quotes/[^/?]+$`));
  const quoteId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
  await expect(page.locator(`[data-quote-id="${quoteId}"][data-first="true"]`)).toHaveAttribute('data-active', 'true');
  await expect(page.getByRole('region', { name: 'The quote you opened' })).toBeVisible();

  // Its link opens only in this browser: the copy says so.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Show it in the article' }).click();
  await page.keyboard.press('c');
  await expect(page.locator('main [role="status"]').filter({ hasText: 'copied' })).toContainText('only on this device');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${href}/quotes/${quoteId}`);

  // At a phone's width, offline, the header's "Offline" and "Yours" stay clear of its controls.
  await page.setViewportSize(PHONE);
  await context.setOffline(true);
  await page.goto(href);
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Yours')).toBeVisible();
  await expectHeaderFits(page);
  await shot(page, 'header-your-article-offline-phone');
});

test("an article of ours whose slug the library already has, beyond the library page's first screen, gets its own", async ({
  page,
  request,
}) => {
  const built = await articleOf(request, SEED);
  // The library page knows only its first 50 slugs: told of none here, it must ask the server.
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), articles: [] } });
  });
  await page.goto('/');
  // The seed's own file: same name and text, so the ingest gives it the build's slug first.
  await page.getByLabel('Add .txt files').setInputFiles(path.join(projectRoot, 'seeds', SEED));
  const link = localLinks(page).filter({ hasText: built.title });
  await expect(link).toBeVisible({ timeout: 30_000 });
  expect(await link.getAttribute('href')).toBe(`/articles/${built.slug}-2`);
  await expect(page.locator('[data-outcome="ok"]')).toHaveCount(1);

  // Both open: the build's article from the server, ours from this browser.
  await page.unroute('**/data/index.json');
  await page.goto(`/articles/${built.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(built.title);
  await expect(page.getByRole('banner').getByText('Yours')).toHaveCount(0);
  await page.goto(`/articles/${built.slug}-2`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(built.title);
  await expect(page.getByRole('banner').getByText('Yours')).toBeVisible();
});
