import { articleOf, expect, SEED, slugOf, test } from './support';

test('an unknown article shows not found with a way back', async ({ page }) => {
  await page.goto('/articles/no-such-article-zzz999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that article');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown address shows not found', async ({ page }) => {
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
});

test('a link made before a title edit still finds the article by its file key', async ({ page, request }) => {
  const slug = await slugOf(request, SEED);
  const key = slug.split('-').at(-1);
  await page.goto(`/articles/an-old-title-${key}?speaker=x`);
  await expect(page).toHaveURL(`/articles/${slug}?speaker=x`);
  await expect(page.locator('h1')).toBeVisible();
});

test('the server sends a link made before a title edit to the new address, so it works without JavaScript', async ({
  request,
}) => {
  const article = await articleOf(request, SEED);
  const key = article.slug.split('-').at(-1);
  const quote = article.quotes[0]!;
  const res = await request.get(`/articles/an-old-title-${key}/quotes/${quote.id}?w=x`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()['location']).toBe(`/articles/${article.slug}/quotes/${quote.id}?w=x`);
  expect((await request.get(`/articles/an-old-title-zz${key}zz`, { maxRedirects: 0 })).status()).toBe(404);
});
