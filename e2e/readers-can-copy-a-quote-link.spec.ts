import { articleOf, expect, SEED, test } from './support';

test('copy link puts the quote’s absolute deep link on the clipboard and says so', async ({ page, context, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const article = await articleOf(request, SEED);
  const quote = article.quotes[0];
  test.skip(!quote, 'the ingester found no quotes in the seed yet');
  await page.goto(`/articles/${article.slug}`);
  const first = page.locator(`[data-quote-id="${quote!.id}"][data-first="true"]`);
  await first.locator('xpath=following-sibling::button[1]').click();
  await expect(page.getByRole('status')).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/articles/${article.slug}/quotes/${quote!.id}`);

  await page.goto(copied);
  await expect(page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`)).toBeFocused();
});
