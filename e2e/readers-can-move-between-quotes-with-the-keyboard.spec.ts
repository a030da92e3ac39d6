import { articleOf, expect, SEED, speakerButton, test } from './support';

test('j and k walk the quotes, Enter opens one, Esc clears the filter, ? lists the keys', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  expect(article.quotes.length, 'the seed has at least two quotes').toBeGreaterThanOrEqual(2);
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('h1')).toBeVisible();
  const ids = await page
    .locator('main [data-quote-id][data-first="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')));

  await page.keyboard.press('j');
  await expect(page.locator(`[data-quote-id="${ids[0]}"][data-first="true"]`)).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator(`[data-quote-id="${ids[1]}"][data-first="true"]`)).toBeFocused();
  // Who said it shows in the margin beside the focused quote.
  await expect(page.getByRole('group', { name: /^Quote by / })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.locator(`[data-quote-id="${ids[0]}"][data-first="true"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/articles/${article.slug}/quotes/${ids[0]}`);

  // Within a filter, j skips other speakers' quotes.
  await speakerButton(page, 'Putin').click();
  const putinId = await speakerButton(page, 'Putin').getAttribute('data-speaker-id');
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await expect(page.locator(':focus')).toHaveAttribute('data-speaker-id', putinId!);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/speaker=/);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the skip link takes keyboard users to the content', async ({ page, request }) => {
  const article = await articleOf(request, SEED);
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('each quote is one tab stop: Tab goes from quote to quote, then out of the article', async ({ page, request }) => {
  // Our own article without tweets, so the only stops in the text are its quotes.
  const article = await articleOf(request, 'brackenford_runway_gale.txt');
  await page.goto(`/articles/${article.slug}`);
  const firsts = page.locator('main article [data-quote-id][data-first="true"]');
  const ids = await firsts.evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')));
  expect(ids.length).toBe(article.quotes.length);
  await firsts.first().focus();
  for (const id of ids.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quote-id', id!);
  }
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('article'))).toBe(false);
});
