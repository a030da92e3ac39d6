import { articleOf, expect, HARBOUR, test } from './support';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a quote’s deep link shows the article with the quote highlighted and attributed', async ({ page, request }) => {
    const article = await articleOf(request, HARBOUR);
    const quote = article.quotes.find((q) => q.kind === 'direct' && q.speakerId);
    const speaker = article.speakers.find((s) => s.id === quote?.speakerId);
    expect(quote && speaker, 'the fixture has an attributed direct quote').toBeTruthy();

    await page.goto(`/articles/${article.slug}/quotes/${quote!.id}`);
    await expect(page.locator('article h1')).toHaveText(article.title);
    const active = page.locator(`[data-quote-id="${quote!.id}"][data-active="true"]`);
    await expect(active).toBeVisible();
    await expect(active).toContainText(quote!.text.split(/\s+/).slice(0, 6).join(' '));
    await expect(page.locator('aside')).toContainText(speaker!.name);
    await expect(page).toHaveTitle(new RegExp(`^${speaker!.name}: “`));
  });

  test('the library lists the articles and its links lead to them', async ({ page, request }) => {
    const article = await articleOf(request, HARBOUR);
    await page.goto('/');
    await page.getByRole('link', { name: article.title }).click();
    await expect(page.locator('article h1')).toHaveText(article.title);
  });
});
