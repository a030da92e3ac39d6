/**
 * The Chromium half of `npm run bench:library`: serves a built app and measures the library's LCP and
 * longest main-thread task, a search answered and a speaker filter in an article (both with 4× CPU
 * throttling). Called by bench-library-cli.ts after its data build; also runs on its own against an
 * existing build, to iterate without rebuilding the data: `tsx src/build/bench-library-browser.ts DIST`.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { line, spread } from './bench-figures';

export async function inChromium(distDir: string, runs = 5): Promise<void> {
  const pages = sirv(distDir, { single: true, gzip: false });
  const http = createHttpServer((req, res) => pages(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  });
  try {
    const lcps: number[] = [];
    const tasks: number[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __lcp: number; __longest: number };
        w.__lcp = 0;
        w.__longest = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration))),
        ).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${base}/`);
      await page.locator('main li article').first().waitFor();
      await page.waitForTimeout(500);
      const { lcp, longest } = await page.evaluate(() => {
        const w = window as unknown as { __lcp: number; __longest: number };
        return { lcp: w.__lcp, longest: w.__longest };
      });
      lcps.push(lcp);
      tasks.push(longest);
      await context.close();
    }
    line('library LCP (Chromium, local server)', spread(lcps, 'ms'));
    line('library longest main-thread task', spread(tasks, 'ms'));

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/search?q=timetable`);
    await page.locator('main [data-quote-id]').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const searches: number[] = [];
    for (const q of [
      'figures checked',
      'council budget',
      'break',
      'timetable yesterday',
      'floor asked',
      'morning',
      'nothing changed',
    ]) {
      searches.push(
        await timed(
          page,
          () =>
            page
              .getByRole('searchbox')
              .first()
              .fill(q)
              .then(() => page.getByRole('button', { name: 'Search', exact: true }).click()),
          `“${q}” · Search · Verbatim`,
        ),
      );
    }
    line('a search answered (4× CPU throttling)', spread(searches, 'ms'));

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.locator('main [data-quote-id] a[href*="/quotes/"]').first().click();
    await page.locator('aside button[data-speaker-id]').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const filters: number[] = [];
    try {
      for (let r = 0; r < runs; r++) {
        const button = page.locator('aside button[data-speaker-id]').nth(r % 2);
        filters.push(await timedFilter(page, () => button.click()));
      }
      line('speaker filter in an article (4× CPU)', spread(filters, 'ms'));
    } catch (error) {
      line(
        'speaker filter in an article (4× CPU)',
        `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    await context.close();
  } finally {
    await browser.close();
    http.close();
  }
}

/** From the form's submit event to the next page's title (set in the same commit as its results). */
export async function timed(
  page: import('@playwright/test').Page,
  act: () => Promise<unknown>,
  title: string,
): Promise<number> {
  await page.evaluate((expected) => {
    const w = window as unknown as { __t0: number; __t1: number };
    w.__t0 = 0;
    w.__t1 = 0;
    document.addEventListener('submit', () => (w.__t0 = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.title === expected && document.querySelector('main [data-quote-id], [role=status]')) {
        w.__t1 = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }, title);
  await act();
  await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

/** From the click on a sidebar speaker to the first quote whose `data-active` changed. */
export async function timedFilter(page: import('@playwright/test').Page, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    w.__t0 = 0;
    w.__t1 = 0;
    document.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      w.__t1 = performance.now();
      observer.disconnect();
    });
    observer.observe(document.querySelector('main') ?? document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-active'],
    });
  });
  await act();
  await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [distDir] = process.argv.slice(2);
  if (!distDir) throw new Error('usage: tsx src/build/bench-library-browser.ts DIST_DIR');
  await inChromium(resolve(distDir), Number(process.env.BENCH_RUNS) || 5);
}
