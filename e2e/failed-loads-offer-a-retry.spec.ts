import { expect, SEED, slugOf, test } from './support';

// These tests fail requests with page.route, which sees only what the page itself fetches: with the
// service worker in control, the worker's own fetches would pass. Offline behaviour has its own specs.
test.use({ serviceWorkers: 'block' });

// A page arrives prerendered and reads its own data before it hydrates; the requests failed here
// are the ones the first move in the app makes.
test('an aborted article request shows an error with a Retry that works', async ({ page, request }) => {
  const slug = await slugOf(request, SEED);
  await page.goto('/');
  await page.route('**/data/articles/**', (route) => route.abort());
  await page.locator(`a[href="/articles/${slug}"]`).first().click();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');

  await page.unroute('**/data/articles/**');
  await retry.click();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(retry).toBeHidden();
});

test('a data request that hangs ends in an error with a Retry instead of loading forever', async ({
  page,
  request,
}) => {
  test.setTimeout(45_000);
  const slug = await slugOf(request, SEED);
  await page.goto('/');
  let hang = true;
  await page.route('**/data/articles/**', (route) => (hang ? undefined : route.continue()));
  await page.locator(`a[href="/articles/${slug}"]`).first().click();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible({ timeout: 25_000 });
  await expect(page.getByText(/took longer than/)).toBeVisible();

  hang = false;
  await retry.click();
  await expect(page.locator('article h1')).toBeVisible();
});

test('a route chunk that fails to load (a new deploy) recovers with one reload', async ({ page, request }) => {
  const slug = await slugOf(request, SEED);
  await page.goto('/');
  let failures = 0;
  await page.route('**/assets/reader-*.js', (route) => {
    if (failures++ === 0) return route.abort();
    return route.continue();
  });
  await page.locator(`a[href="/articles/${slug}"]`).first().click();
  await expect(page).toHaveURL(`/articles/${slug}`);
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  // The reloaded page is prerendered: its text shows before its code, so wait for the code too.
  await expect.poll(() => failures).toBeGreaterThanOrEqual(2);
});
