import { articleOf, expect, HARBOUR, PHONE, SEED, shot, test } from './support';

test('a deep link scrolls to its quote, focuses it, marks it and says who said it', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  // The last quote of the article: reaching it needs a scroll.
  const quote = article.quotes.at(-1);
  test.skip(!quote, 'the ingester found no quotes in the seed yet');
  await page.goto(`/articles/${article.slug}/quotes/${quote!.id}`);
  const el = page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`);
  await expect(el).toHaveCount(1);
  await expect(el).toBeInViewport();
  await expect(el).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Opened a quote by');
  await shot(page, 'deep-link-desktop');

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(el).toBeInViewport();
  await shot(page, 'deep-link-phone');
});

test('a deep link to a quote over several paragraphs marks its first part', async ({ page, request }) => {
  const article = await articleOf(request, HARBOUR);
  const multi = article.quotes.find((q) => new Set(q.spans.map((s) => s.block)).size > 1);
  test.skip(!multi, 'the ingester does not yet join quotes over paragraphs');
  await page.goto(`/articles/${article.slug}/quotes/${multi!.id}`);
  await expect(page.locator(`[data-quote-id="${multi!.id}"]`)).toHaveCount(new Set(multi!.spans.map((s) => s.block)).size);
  await expect(page.locator('[data-active="true"]')).toHaveAttribute('data-quote-id', multi!.id);
  // Only the first part carries the copy-link control.
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(article.quotes.length);
});

test('a link to a quote that is gone opens the article with a notice', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  await page.goto(`/articles/${article.slug}/quotes/no-such-quote`);
  await expect(page.getByText('This quote is no longer in the article')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(article.title);
  await expect(page.locator('[data-active="true"]')).toHaveCount(0);
});
