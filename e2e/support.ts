/** Shared fixtures for the behaviour specs: data look-ups through the app's own JSON, screenshots. */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import path from 'node:path';
import { ArticleSchema, type Article } from '../src/ingest/schema';
import { LibraryIndexSchema } from '../src/ingest/library/library-schema';
import { projectRoot } from './seeds-dir';

export const SEED = '000_cf5a0140f55f6d5e.txt';
export const HARBOUR = 'harbour_pier_vote.txt';
export const HOSTILE = 'hostile_markup.txt';
export const SHARED_INJECTION = 'shared_injection.txt';

export const PHONE = { width: 375, height: 812 };

/** Waits until React has hydrated the prerendered page (RootLayout sets the flag); a page that never gets there fails on its own assertions. */
async function hydrated(page: Page) {
  await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
}

export const test = base.extend<{ dialogs: string[] }>({
  // A click on a prerendered page before hydration is lost: goto and reload return once it is interactive.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await hydrated(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await hydrated(page);
      return response;
    };
    await use(page);
  },
  // Any alert/confirm/prompt is a script we did not write: collect them, the test asserts none.
  dialogs: [
    async ({ page }, use) => {
      const seen: string[] = [];
      page.on('dialog', (d) => {
        seen.push(d.message());
        void d.dismiss();
      });
      await use(seen);
    },
    { auto: true },
  ],
});
export { expect };

export async function libraryIndex(request: APIRequestContext) {
  const res = await request.get('/data/index.json');
  expect(res.ok()).toBe(true);
  return LibraryIndexSchema.parse(await res.json());
}

/** The slug the ingester gave the file `source`. */
export async function slugOf(request: APIRequestContext, source: string): Promise<string> {
  const index = await libraryIndex(request);
  const found = index.articles.find((a) => a.source === source);
  expect(found, `${source} should be in the library`).toBeTruthy();
  return found!.slug;
}

export async function articleOf(request: APIRequestContext, source: string): Promise<Article> {
  const slug = await slugOf(request, source);
  const res = await request.get(`/data/articles/${slug}.json`);
  expect(res.ok()).toBe(true);
  return ArticleSchema.parse(await res.json());
}

/** The sidebar button of the speaker whose entry mentions `name`. */
export const speakerButton = (page: Page, name: string) =>
  page.locator('aside button[data-speaker-id]').filter({ hasText: name }).first();

/** Saves a screenshot in e2e/screenshots/ for people to look at. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(projectRoot, 'e2e', 'screenshots', `${name}.png`) });
}

/** Applies a theme the way a returning reader would have chosen it. */
export async function applyTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.addInitScript((t) => localStorage.setItem('verbatim-theme', t), theme);
}
