import { articleOf, expect, HARBOUR, PHONE, shot, test } from './support';

test('a shared quote link lands on a card with the quote, who said it and where, and “Read from the top”', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, HARBOUR);
  const quote = article.quotes.find((q) => q.kind === 'direct' && q.speakerId)!;
  const speaker = article.speakers.find((s) => s.id === quote.speakerId)!;
  await page.goto(`/articles/${article.slug}/quotes/${quote.id}`);

  const card = page.getByRole('region', { name: 'The quote you opened' });
  await expect(card).toBeVisible();
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  await expect(card.locator('blockquote')).toHaveText(`“${quote.text}”`);
  await expect(card).toContainText(speaker.name);
  if (speaker.role) await expect(card).toContainText(speaker.role);
  await expect(card.locator('cite')).toHaveText(article.title);
  await expect(card.locator('time')).toHaveAttribute('datetime', article.date!);
  // Above the article, not over it.
  const [c, a] = [await card.boundingBox(), await page.locator('article').boundingBox()];
  expect(c!.y + c!.height).toBeLessThanOrEqual(a!.y);

  // In the text, the quote stands apart from its neighbours.
  const inText = page.locator(`article [data-quote-id="${quote.id}"][data-active="true"]`);
  const look = await inText.evaluate((e) => ({
    outline: getComputedStyle(e).outlineStyle,
    background: getComputedStyle(e).backgroundColor,
  }));
  expect(look.outline).not.toBe('none');
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  await shot(page, 'deep-link-card-desktop');
  await page.setViewportSize(PHONE);
  await shot(page, 'deep-link-card-phone');

  await card.getByRole('link', { name: 'Read from the top' }).click();
  await expect(page).toHaveURL(`/articles/${article.slug}`);
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
