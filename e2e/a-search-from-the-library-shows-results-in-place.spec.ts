import AxeBuilder from '@axe-core/playwright';
import { expect, PHONE, shot, test } from './support';

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 420 }],
  ['phone', { ...PHONE, height: 600 }],
] as const) {
  test(`a search from the library shows its results in place; Back returns to the library where it was (${name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.locator('main li article').first()).toBeVisible();
    // The library's own element: kept (hidden) while the results show, the same one after Back.
    const library = await page.locator('main').first().elementHandle();
    const box = page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' });
    await box.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 60));
    await box.pressSequentially('drove rain', { delay: 40 });
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled, 'the library is scrolled when the search is submitted').toBeGreaterThan(40);

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL('/search?q=drove+rain');
    await expect(page).toHaveTitle('“drove rain” · Search · Verbatim');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.locator('main [data-quote-id]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeHidden();
    expect(await library?.evaluate((e) => e.isConnected), 'the library is kept, hidden').toBe(true);
    expect(await page.evaluate(() => window.scrollY), 'the results start at the top').toBe(0);
    // The skip link's target is the results, not the hidden library.
    expect(await page.evaluate(() => document.getElementById('main')?.querySelector('h1')?.textContent)).toBe('Search');
    await shot(page, `search-in-place-${name}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(page).toHaveTitle('Library · Verbatim');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.locator('main [data-quote-id]')).toHaveCount(0);
    expect(await library?.evaluate((e) => e.isConnected), 'the same library, not rendered again').toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);

    await page.goForward();
    await expect(page).toHaveURL('/search?q=drove+rain');
    await expect(page.locator('main [data-quote-id]')).toHaveCount(1);
  });
}
