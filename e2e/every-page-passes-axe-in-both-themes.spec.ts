import AxeBuilder from '@axe-core/playwright';
import { applyTheme, articleOf, expect, SEED, shot, test } from './support';

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any route (${theme})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const article = await articleOf(request, SEED);
    const speaker = article.speakers[0]?.id ?? 'nobody';
    const quote = article.quotes[0]?.id ?? 'none';
    await applyTheme(page, theme);
    const routes = [
      '/',
      `/articles/${article.slug}`,
      `/articles/${article.slug}?speaker=${speaker}`,
      `/articles/${article.slug}/quotes/${quote}`,
      `/articles/${article.slug}/quotes/no-such-quote`,
      '/articles/no-such-article-zzz999',
    ];
    for (const [i, route] of routes.entries()) {
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${route} in ${theme}`).toEqual([]);
      if (theme === 'dark' && i < 4)
        await shot(page, `dark-${['library', 'reader', 'filtered', 'deep-link'][i]}-desktop`);
    }
  });
}

test('the theme chosen in the settings is remembered across visits without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Reading settings' }).getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  // Set by the inline script before the app runs.
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});
