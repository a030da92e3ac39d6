import type { Page } from '@playwright/test';
import { articleOf, expect, PHONE, shot, speakerButton, test } from './support';

const GALE = 'brackenford_runway_gale.txt';

/** Elements drawn over the page (fixed or sticky) that are visible: none while reading. */
const floating = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && el.getClientRects().length > 0)
      .filter((el) => !el.closest('dialog') && !el.matches('.sr-only'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );

test.use({ viewport: PHONE });

test('on a phone, nothing floats over the text, and the targets are 44 px', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  await page.goto(`/articles/${article.slug}`);
  await page.locator('main [data-quote-id]').nth(3).scrollIntoViewIfNeeded();
  expect(await floating(page)).toEqual([]);
  for (const target of [
    page.getByRole('button', { name: /^Speakers/ }),
    page.getByRole('switch', { name: 'Plain text' }),
    page.getByRole('button', { name: 'Settings' }),
  ]) {
    const box = (await target.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await page.locator('main [data-quote-id]').nth(3).click();
  const copy = page.getByRole('button', { name: /^Copy link/ });
  const box = (await copy.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
});

test('the speakers sheet has a backdrop, closes on a tap outside, on Esc and after a choice, and gives focus back', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, GALE);
  const [ana, police] = [
    article.speakers.find((s) => s.name === 'Ana Ferreira')!,
    article.speakers.find((s) => /police/i.test(s.name))!,
  ];
  await page.goto(`/articles/${article.slug}?speaker=${ana.id}`);
  const open = page.getByRole('button', { name: /^Speakers/ });
  const sheet = page.getByRole('dialog', { name: 'Speakers' });

  // A tap on the backdrop, above the sheet, closes it.
  await open.click();
  await expect(sheet).toBeVisible();
  const backdrop = await page.evaluate(
    () => getComputedStyle(document.querySelector('dialog')!, '::backdrop').backgroundColor,
  );
  expect(backdrop).not.toBe('rgba(0, 0, 0, 0)');
  await shot(page, 'speakers-sheet-phone');
  await page.mouse.click(PHONE.width / 2, 20);
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();

  // Esc closes it and leaves the filter alone.
  await open.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`\\?speaker=${ana.id}$`));

  // A choice closes it; changing the filter again replaces the history entry instead of adding one.
  const length = await page.evaluate(() => history.length);
  await open.click();
  await speakerButton(page, 'Police').click();
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`speaker=${police.id}`));
  await open.click();
  await speakerButton(page, 'Ana Ferreira').click();
  await expect(page).toHaveURL(new RegExp(`\\?speaker=${police.id}$`));
  expect(await page.evaluate(() => history.length)).toBe(length);
});
