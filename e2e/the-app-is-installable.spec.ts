import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support';
import { waitForServiceWorker } from './offline-support';

// Chromium never offers to install from an incognito profile, which is what Playwright's contexts
// are: this test runs in a persistent profile of its own.
test('Chromium finds the app installable, and its start URL loads offline', async ({ launchOptions, baseURL }) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await waitForServiceWorker(page);

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { start_url: string };
    await context.setOffline(true);
    await page.goto(manifest.start_url);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    // Really offline (navigator.onLine does not follow the emulation in a persistent profile).
    const probe = await page.evaluate(() =>
      fetch('/manifest.webmanifest?probe').then(
        () => 'online',
        () => 'offline',
      ),
    );
    expect(probe).toBe('offline');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
