import { expect, SEED, slugOf, test } from './support';

test('an aborted article request shows an error with a Retry that works', async ({ page, request }) => {
  const slug = await slugOf(request, SEED);
  await page.route('**/data/articles/**', (route) => route.abort());
  await page.goto(`/articles/${slug}`);
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');

  await page.unroute('**/data/articles/**');
  await retry.click();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(retry).toBeHidden();
});
