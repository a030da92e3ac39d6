import AxeBuilder from '@axe-core/playwright';
import { applyTheme, articleOf, expect, PHONE, shot, test } from './support';

const CLOSURE = 'quarry_road_closure.txt';
const REOPENING = 'quarry_road_reopening.txt';

test('a search typed in the library lists quotes in context, each linking to the quote', async ({ page, request }) => {
  const reopening = await articleOf(request, REOPENING);
  const quote = reopening.quotes.find((q) => q.text.includes('before anyone drove'));
  expect(quote, 'the fixture quote is found by the ingester').toBeTruthy();

  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search titles, quotes and speakers' }).fill('drove rain');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL('/search?q=drove+rain');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();

  const hits = page.locator('main [data-quote-id]');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('data-quote-id', quote!.id);
  await expect(hits.first()).toHaveAttribute('data-speaker-id', 'odile-fenwick');
  await expect(hits.first()).toContainText('The rain helped us test it before anyone drove on it');
  await expect(hits.first()).toContainText('Odile Fenwick');
  await shot(page, 'search-desktop');

  await hits.first().getByRole('link', { name: reopening.title }).click();
  await expect(page).toHaveURL(`/articles/${reopening.slug}/quotes/${quote!.id}`);
});

test('a shared /search link opens the same results, with speaker, year and title-order filters', async ({
  page,
  request,
}) => {
  const closure = await articleOf(request, CLOSURE);
  const reopening = await articleOf(request, REOPENING);
  const fenwickQuotes = [...reopening.quotes, ...closure.quotes].filter((q) => q.speakerId === 'odile-fenwick');

  await page.goto('/search?q=quarry+road&speaker=odile-fenwick');
  const hits = page.locator('main [data-quote-id]');
  await expect(hits).toHaveCount(fenwickQuotes.length);
  for (const id of await hits.evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker-id'))))
    expect(id).toBe('odile-fenwick');
  // Newest first: the reopening (November) before the closure (September).
  const links = await hits
    .locator('a[href*="/quotes/"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  expect(links[0]).toContain(reopening.slug);
  expect(links.at(-1)).toContain(closure.slug);
  for (const href of links) expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/quotes\/[a-z0-9-]+$/);
  // The form shows the link's filter, and choosing "Anyone" there widens the search again.
  const speaker = page.getByRole('combobox', { name: 'Speaker' });
  await expect(speaker).toHaveValue('odile-fenwick');
  await expect(speaker.locator('option', { hasText: 'Odile Fenwick' })).toHaveCount(1);
  await speaker.selectOption('');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]speaker=(&|$)/);
  await expect.poll(() => hits.count()).toBeGreaterThan(fenwickQuotes.length);

  await page.goto('/search?q=quarry+road&speaker=odile-fenwick&sort=title');
  const titled = await page
    .locator('main [data-quote-id] a[href*="/quotes/"]')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(titled).toEqual([...titled].sort((a, b) => a.localeCompare(b, 'en')));

  await page.goto('/search?q=quarry+road&from=2025');
  await expect(page.getByRole('status')).toHaveText('Nothing found.');
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2025');

  await page.setViewportSize(PHONE);
  await page.goto('/search?q=quarry+road');
  await shot(page, 'search-phone');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    'no sideways scrolling',
  ).toBe(false);
});

for (const theme of ['light', 'dark'] as const) {
  test(`search and speaker pages pass axe (${theme})`, async ({ page }) => {
    // Three pages, an axe run each: on a busy shared machine that outlasts the default 30 s (CI once
    // timed out in axe's own evaluate), as the whole-site axe spec allows for.
    test.setTimeout(90_000);
    await applyTheme(page, theme);
    for (const [route, heading] of [
      ['/search?q=quarry+road', 'Search'],
      ['/search?q=zzzznothing', 'Search'],
      ['/speakers/odile-fenwick', 'Odile Fenwick'],
    ] as const) {
      const response = await page.goto(route);
      expect(response?.status(), `${route} is a page, not a 404`).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${route} in ${theme}`,
      ).toEqual([]);
    }
  });
}
