import { expect, test } from './support';

test('coming back from an article returns the library to where the reader had scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.goto('/');
  const cards = page.locator('main li article');
  await expect(cards.first()).toBeVisible();
  const last = cards.last();
  await last.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before, 'the library is long enough to scroll').toBeGreaterThan(200);

  await last.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), 'an article opens at the top').toBeLessThan(50);

  await page.goBack();
  await expect(cards.last()).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 5);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 5);
});
