import { articleOf, expect, PHONE, shot, test } from './support';

test('a speaker page lists their quotes from every article, newest first, each linking to the quote', async ({
  page,
  request,
}) => {
  const closure = await articleOf(request, 'quarry_road_closure.txt');
  const reopening = await articleOf(request, 'quarry_road_reopening.txt');
  const ids = (a: typeof closure) => a.quotes.filter((q) => q.speakerId === 'odile-fenwick').map((q) => q.id);
  expect(ids(closure).length, 'Fenwick is quoted in the closure story').toBeGreaterThan(0);
  expect(ids(reopening).length, 'Fenwick is quoted in the reopening story').toBeGreaterThan(0);

  await page.goto('/speakers/odile-fenwick');
  await expect(page.getByRole('heading', { level: 1, name: 'Odile Fenwick' })).toBeVisible();
  await expect(page.locator('main')).toContainText('in 2 articles');

  const items = page.locator('main [data-quote-id]');
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')))).toEqual([
    ...ids(reopening),
    ...ids(closure),
  ]);
  for (const speaker of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker-id'))))
    expect(speaker).toBe('odile-fenwick');
  await shot(page, 'speaker-desktop');

  const last = items.last();
  const quoteId = await last.getAttribute('data-quote-id');
  await last.locator('a[href*="/quotes/"]').click();
  await expect(page).toHaveURL(`/articles/${closure.slug}/quotes/${quoteId}`);

  await page.setViewportSize(PHONE);
  await page.goto('/speakers/odile-fenwick');
  await shot(page, 'speaker-phone');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    'no sideways scrolling',
  ).toBe(false);
});

test('an unknown speaker says so', async ({ page }) => {
  await page.goto('/speakers/nobody-by-this-name');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that speaker');
});
