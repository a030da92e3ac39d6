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
