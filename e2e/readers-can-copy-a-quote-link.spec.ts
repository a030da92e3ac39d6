import { articleOf, expect, SEED, test } from './support';

test('copy link, beside the quote and not in it, puts the quote’s absolute deep link on the clipboard and says so', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const article = await articleOf(request, SEED);
  const quote = article.quotes[0];
  expect(quote, 'the seed has quotes').toBeDefined();
  await page.goto(`/articles/${article.slug}`);
  const first = page.locator(`[data-quote-id="${quote!.id}"][data-first="true"]`);
  await first.hover();
  const copy = page.getByRole('button', { name: /^Copy link to this quote/ });
  await expect(copy).toBeVisible();
  // In the margin: not inside the quote, and not over its words.
  await expect(page.locator('[data-quote-id] button')).toHaveCount(0);
  const [q, c] = [await first.boundingBox(), await copy.boundingBox()];
  expect(c!.x).toBeGreaterThanOrEqual(q!.x + q!.width - 1);
  await copy.click();
  await expect(page.getByRole('status')).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The link also carries the quote's first words (to re-find it after an edit) and a text fragment.
  expect(copied.startsWith(`${baseURL}/articles/${article.slug}/quotes/${quote!.id}?w=`)).toBe(true);
  expect(copied).toContain('#:~:text=');

  await page.goto(copied);
  await expect(page.getByRole('region', { name: 'The quote you opened' })).toBeVisible();
  await expect(page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`)).toHaveCount(1);

  // From the keyboard: the focused quote's link is copied with C.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Show it in the article' }).click();
  await page.keyboard.press('c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
});
