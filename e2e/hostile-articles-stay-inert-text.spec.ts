import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, HOSTILE, SHARED_INJECTION, slugOf, test } from './support';
import { sharedInjection } from './seeds-dir';

async function expectInert(page: Page, dialogs: string[]) {
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('article script, article img, article svg:not([aria-hidden]), article iframe')).toHaveCount(
    0,
  );
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  const hrefs = await page.locator('article a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/)/);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
}

test('our hostile article runs no script and shows its markup as text', async ({ page, request, dialogs }) => {
  await page.goto(`/articles/${await slugOf(request, HOSTILE)}`);
  await expectInert(page, dialogs);
  await expect(page.locator('article')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('article')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('article')).toContainText('<b>nothing</b>');
  // A tweet embed with an invalid handle: no account link.
  const bad = page.locator('[data-tweet-handle=""]');
  if ((await bad.count()) > 0) await expect(bad.locator('figcaption a')).toHaveCount(0);
});

test('the shared injection file runs no script and shows its markup as text', async ({ page, request, dialogs }) => {
  test.skip(!fs.existsSync(sharedInjection), `${sharedInjection} is not in this checkout (CI has it)`);
  await page.goto(`/articles/${await slugOf(request, SHARED_INJECTION)}`);
  await expectInert(page, dialogs);
  await expect(page.locator('article')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('article')).toContainText("'; DROP TABLE quotes; --");
  await expect(page.locator('[data-tweet-handle^="evil"]')).toHaveCount(0);
});
