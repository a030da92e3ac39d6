import { expect, libraryIndex, PHONE, SEED, shot, slugOf, test } from './support';

test('the library lists every article, newest first, with date, author and counts', async ({ page, request }) => {
  const index = await libraryIndex(request);
  const seedSlug = await slugOf(request, SEED);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const items = page.locator('main li article');
  await expect(items).toHaveCount(index.articles.length);

  const seed = items.filter({ has: page.locator(`a[href="/articles/${seedSlug}"]`) });
  await expect(seed.locator('time')).toHaveAttribute('datetime', '2022-02-07');
  await expect(seed.locator('time')).toHaveText('February 7, 2022');
  await expect(seed).toContainText('Stefano Montefiori');
  await expect(seed).toContainText('2 tweets');

  const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  await shot(page, 'library-desktop');

  await page.setViewportSize(PHONE);
  await shot(page, 'library-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'no horizontal scrolling on a phone').toBe(false);

  await seed.getByRole('link').click();
  await expect(page).toHaveURL(`/articles/${seedSlug}`);
});

test('files that could not be read are listed quietly', async ({ page, request }) => {
  const index = await libraryIndex(request);
  expect(index.failures.length, 'the e2e seeds hold files that cannot be read').toBeGreaterThan(0);
  await page.goto('/');
  await expect(page.getByText(/could not be read/)).toContainText(index.failures[0]!.source);
});
