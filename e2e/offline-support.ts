/** Helpers for the offline and local-article specs. */
import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page (it claims the page on its first install). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
}

/** The header's mark that the article on screen is kept for offline reading. */
export const savedMark = (page: Page) => page.getByRole('banner').locator('[data-saved-for-offline="true"]');

/** Opens the library and waits for the service worker, so what is read next is kept. */
export async function openLibraryWithServiceWorker(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await waitForServiceWorker(page);
}

/**
 * The header at a phone's width: no sideways scroll, its links, buttons and status pills in one row,
 * inside the screen and clear of each other, and every link and button at least 44 px high and wide.
 */
export async function expectHeaderFits(page: Page) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    const header = document.querySelector('header')!;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim()}”`;
    const controls = [...header.querySelectorAll('a, button')].filter(shown);
    const items = [...controls, ...[...header.querySelectorAll('[data-status-pill]')].filter(shown)];
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.height < 44 || r.width < 44) out.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
    }
    for (const [i, el] of items.entries()) {
      const a = el.getBoundingClientRect();
      if (a.left < 0 || a.right > width) out.push(`${name(el)} leaves the screen`);
      for (const other of items.slice(i + 1)) {
        if (el.contains(other) || other.contains(el)) continue;
        const b = other.getBoundingClientRect();
        const overlap =
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        if (overlap) out.push(`${name(el)} overlaps ${name(other)}`);
      }
    }
    // One row: a control pushed onto a second line is the crowding this guards against.
    const middles = items.map((el) => {
      const r = el.getBoundingClientRect();
      return (r.top + r.bottom) / 2;
    });
    if (Math.max(...middles) - Math.min(...middles) > 8) out.push('the header takes more than one row');
    return out;
  });
  expect(problems).toEqual([]);
}
