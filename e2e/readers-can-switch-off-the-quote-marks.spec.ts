import type { Locator } from '@playwright/test';
import { articleOf, expect, HARBOUR, shot, test } from './support';

const GALE = 'brackenford_runway_gale.txt';

const style = (el: Locator) =>
  el.evaluate((e) => {
    const s = getComputedStyle(e);
    return { line: s.textDecorationLine, background: s.backgroundColor };
  });
const CLEAR = 'rgba(0, 0, 0, 0)';

test('quotes are marked quietly, highlighted in full on hover, and the plain-text switch turns the marks off and is remembered', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, GALE);
  await page.goto(`/articles/${article.slug}`);
  const quote = page.locator('main [data-quote-id][data-kind="direct"]').first();
  const margin = page.locator('article .margin-marks').first();

  // At rest: an underline, no background; the speakers' initials in the margin.
  expect(await style(quote)).toEqual({ line: 'underline', background: CLEAR });
  await expect(margin).toBeVisible();
  await quote.hover();
  expect((await style(quote)).background).not.toBe(CLEAR);
  await page.mouse.move(0, 0);
  await shot(page, 'reader-quiet-marks-desktop');

  const toggle = page.getByRole('switch', { name: 'Plain text' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => style(quote)).toEqual({ line: 'none', background: CLEAR });
  await expect(margin).toBeHidden();
  await quote.hover();
  expect((await style(quote)).background, 'no highlight on hover in plain text').toBe(CLEAR);
  await shot(page, 'reader-plain-text-desktop');

  // Kept for the next visit, applied before the app runs.
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-marks'))).toBe('off');
  await expect(page.getByRole('switch', { name: 'Plain text' })).toHaveAttribute('aria-checked', 'true');
  expect(await style(quote)).toEqual({ line: 'none', background: CLEAR });
  // Focus must still be seen.
  await quote.focus();
  expect((await style(quote)).background).not.toBe(CLEAR);

  await page.getByRole('switch', { name: 'Plain text' }).click();
  await page.locator('h1').click();
  await expect.poll(async () => (await style(quote)).line).toBe('underline');
});

test('the chosen speakers’ quotes are highlighted in full, the others stay quiet', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  const ana = article.speakers.find((s) => s.name === 'Ana Ferreira')!;
  await page.goto(`/articles/${article.slug}?speaker=${ana.id}`);
  for (const q of await page.locator(`main [data-quote-id][data-speaker-id="${ana.id}"]`).all()) {
    expect((await style(q)).background).not.toBe(CLEAR);
  }
  for (const q of await page.locator(`main [data-quote-id]:not([data-speaker-id="${ana.id}"])`).all()) {
    expect((await style(q)).background).toBe(CLEAR);
  }
});

test('reading settings change the text size, width and typeface, and are remembered', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  await page.goto(`/articles/${article.slug}`);
  const text = page.locator('article p[data-block]').nth(1);
  const read = () =>
    text.evaluate((e) => ({
      size: parseFloat(getComputedStyle(e).fontSize),
      font: getComputedStyle(e).fontFamily,
      width: e.getBoundingClientRect().width,
    }));
  const before = await read();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByText('Extra large', { exact: true }).click();
  await dialog.getByText('Narrow', { exact: true }).click();
  await dialog.getByText('Sans serif', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const after = await read();
  expect(after.size).toBeGreaterThan(before.size);
  expect(after.font).not.toBe(before.font);
  await page.reload();
  expect(await read()).toEqual(after);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
});

test('hovering one part of a quote over several paragraphs highlights every part', async ({ page, request }) => {
  const article = await articleOf(request, HARBOUR);
  const multi = article.quotes.find((q) => new Set(q.spans.map((s) => s.block)).size > 1);
  expect(multi, 'the harbour fixture has a quote over two paragraphs').toBeTruthy();
  await page.goto(`/articles/${article.slug}`);
  const parts = page.locator(`main [data-quote-id="${multi!.id}"]`);
  await parts.last().hover();
  for (const part of await parts.all()) await expect.poll(async () => (await style(part)).background).not.toBe(CLEAR);
});
