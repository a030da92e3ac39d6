import { articleOf, expect, HARBOUR, PHONE, SEED, shot, test } from './support';

test('a deep link marks its quote, says who said it, and shows it in the article on request', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, SEED);
  // The last quote of the article: reaching it needs a scroll.
  const quote = article.quotes.at(-1);
  expect(quote, 'the seed has quotes').toBeDefined();
  await page.goto(`/articles/${article.slug}/quotes/${quote!.id}`);
  const el = page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`);
  await expect(el).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('Opened a quote by');
  await page.getByRole('button', { name: 'Show it in the article' }).click();
  await expect(el).toBeInViewport();
  await expect(el).toBeFocused();
  await shot(page, 'deep-link-desktop');

  await page.setViewportSize(PHONE);
  await page.reload();
  await page.getByRole('button', { name: 'Show it in the article' }).click();
  await expect(el).toBeInViewport();
  await shot(page, 'deep-link-phone');
});

test('a quote opened from within the article is scrolled to, without a card', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  const quote = article.quotes.at(-1);
  expect(quote?.speakerId, 'the seed’s last quote has a speaker').toBeTruthy();
  await page.goto(`/articles/${article.slug}?speaker=${quote!.speakerId}`);
  await page
    .getByRole('navigation', { name: /^Quotes by/ })
    .locator(`a[href*="/quotes/${quote!.id}"]`)
    .click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote!.id}`));
  const el = page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`);
  await expect(el).toBeFocused();
  await expect(el).toBeInViewport();
  await expect(page.getByRole('region', { name: 'The quote you opened' })).toHaveCount(0);
});

test('a deep link to a quote over several paragraphs marks its first part', async ({ page, request }) => {
  const article = await articleOf(request, HARBOUR);
  const multi = article.quotes.find((q) => new Set(q.spans.map((s) => s.block)).size > 1);
  expect(multi, 'a quote over several paragraphs is one quote').toBeDefined();
  await page.goto(`/articles/${article.slug}/quotes/${multi!.id}`);
  await expect(page.locator(`[data-quote-id="${multi!.id}"]`)).toHaveCount(
    new Set(multi!.spans.map((s) => s.block)).size,
  );
  await expect(page.locator('[data-active="true"]')).toHaveAttribute('data-quote-id', multi!.id);
  // Only the first part is a tab stop, and no part holds a control.
  await expect(page.locator(`[data-quote-id="${multi!.id}"][tabindex="0"]`)).toHaveCount(1);
  await expect(page.locator('[data-quote-id] button, [data-quote-id] a[href^="/"]')).toHaveCount(0);
});

test('a link to a quote that is gone opens the article with a notice', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  await page.goto(`/articles/${article.slug}/quotes/no-such-quote`);
  await expect(page.getByText('This quote is no longer in the article')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(article.title);
  await expect(page.locator('[data-active="true"]')).toHaveCount(0);
});
