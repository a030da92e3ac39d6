import { expect, test } from './support';

test('coming back from an article returns the library to where the reader had scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.goto('/');
  const cards = page.locator('main li article');
  await expect(cards.first()).toBeVisible();
  const last = cards.last();
  await last.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY), 'the library is long enough to scroll').toBeGreaterThan(200);
  // What the reader sees: where the card they are about to open stands in the window.
  const top = async () => (await last.boundingBox())?.y ?? NaN;
  const before = await top();

  await last.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  // The URL changes before the article's page commits: wait for its heading, not the library's.
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main h1')).not.toHaveText('Library');
  expect(await page.evaluate(() => window.scrollY), 'an article opens at the top').toBeLessThan(50);

  await page.goBack();
  await expect(last).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY), 'not back at the top').toBeGreaterThan(200);
  // Near where it was: marks added to the cards since (an article kept offline) may shift it a line.
  await expect.poll(top).toBeGreaterThan(before - 60);
  expect(await top()).toBeLessThan(before + 60);
});
