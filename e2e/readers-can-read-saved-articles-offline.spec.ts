import { HARBOUR, PHONE, SEED, articleOf, expect, shot, slugOf, test } from './support';
import { expectHeaderFits, openLibraryWithServiceWorker, savedMark } from './offline-support';

const BRACKENFORD = 'brackenford_runway_gale.txt';

test('an article read online opens offline with the library; an unread one says it is not saved and loads back online', async ({
  page,
  context,
  request,
}) => {
  const { slug: harbour, title: harbourTitle } = await articleOf(request, HARBOUR);
  const seed = await slugOf(request, SEED);
  await openLibraryWithServiceWorker(page);

  await page.locator(`a[href="/articles/${harbour}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(harbourTitle);
  await expect(savedMark(page)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(harbourTitle);
  await expect(page.locator('[data-quote-id]').first()).toBeVisible();
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();
  await shot(page, 'offline-article-desktop');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator(`a[href="/articles/${seed}"]`).first()).toBeVisible();

  await page.locator(`a[href="/articles/${seed}"]`).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'not saved for offline reading' })).toBeVisible();
  await page.setViewportSize(PHONE);
  await shot(page, 'offline-not-saved-phone');

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page could not be loaded');
  await expect(page.locator('[data-quote-id]').first()).toBeVisible();
  await expect(savedMark(page)).toBeVisible();
});

test('an article saved from the library without opening it reads offline', async ({ page, context, request }) => {
  const slug = await slugOf(request, BRACKENFORD);
  await openLibraryWithServiceWorker(page);
  const item = page.getByRole('listitem').filter({ has: page.locator(`a[href="/articles/${slug}"]`) });
  await item.getByRole('button', { name: /Save .* for offline reading/ }).click();
  await expect(item.getByText('Saved for offline')).toBeVisible();
  await shot(page, 'library-saved-for-offline-desktop');

  await context.setOffline(true);
  await page.goto(`/articles/${slug}`);
  await expect(page.locator('[data-quote-id]').first()).toBeVisible();
  await expect(savedMark(page)).toBeVisible();
});

test("at a phone's width the header's controls stay apart and on screen, online and offline, on the library and an article", async ({
  page,
  context,
  request,
}) => {
  const slug = await slugOf(request, HARBOUR);
  const offlinePill = page.getByRole('banner').getByText('Offline', { exact: true });
  await page.setViewportSize(PHONE);
  await openLibraryWithServiceWorker(page);
  await expectHeaderFits(page);
  await shot(page, 'header-library-online-phone');

  await page.goto(`/articles/${slug}`);
  await expect(savedMark(page)).toBeVisible();
  await expectHeaderFits(page);
  await shot(page, 'header-article-online-phone');

  await context.setOffline(true);
  await page.reload();
  await expect(offlinePill).toBeVisible();
  await expect(savedMark(page)).toBeVisible();
  await expectHeaderFits(page);
  await shot(page, 'header-article-offline-phone');

  await page.goto('/');
  await expect(offlinePill).toBeVisible();
  await expectHeaderFits(page);
  await shot(page, 'header-library-offline-phone');
});
