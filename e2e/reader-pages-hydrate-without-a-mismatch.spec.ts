import { articleOf, expect, HARBOUR, test } from './support';

test('a prerendered reader page hydrates without a mismatch: plain, filtered by a shared link, and opened on a quote', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, HARBOUR);
  const errors: string[] = [];
  // React #418: the server's markup and the first client render differ, and React renders afresh.
  // (#419, a boundary the server could not finish, is left to the parts that cause it.)
  page.on('pageerror', (e) => {
    if (/#418|[Hh]ydration/.test(e.message)) errors.push(e.message);
  });
  const quote = article.quotes.find((q) => q.speakerId)!;
  for (const url of [
    `/articles/${article.slug}`,
    `/articles/${article.slug}?speaker=${quote.speakerId}`,
    `/articles/${article.slug}/quotes/${quote.id}`,
  ]) {
    await page.goto(url);
    await expect(page.locator('article h1')).toBeVisible();
    await page.waitForTimeout(300);
    expect(errors, url).toEqual([]);
  }
  // The filter from the link and the card for the quote both show once the page is live.
  await expect(page.getByRole('region', { name: 'The quote you opened' })).toBeVisible();
  await page.goto(`/articles/${article.slug}?speaker=${quote.speakerId}`);
  await expect(page.locator(`aside button[data-speaker-id="${quote.speakerId}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
