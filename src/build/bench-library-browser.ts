/**
 * The Chromium half of `npm run bench:library`: what users get (the production build with its
 * library page prerendered, served by the real server, src/server/create-server.ts) and, in
 * Chromium, the library's LCP, longest main-thread task and data fetched, a search answered and a
 * speaker filter in a long article (both with 4× CPU throttling). Called by bench-library-cli.ts
 * after its data build; also runs on its own against an existing `vite build` output, to iterate
 * without rebuilding the data: `tsx src/build/bench-library-browser.ts DIST`.
 *
 * Only the library and not-found pages are prerendered (every article, quote and card at 10,000
 * articles would take an hour); the article is opened from the library, as a reader does.
 * `BENCH_PORT` sets the server's port (default: any free one); `BENCH_RUNS` the runs (default 5);
 * `BENCH_VERBOSE=1` prints each run's figures with the page's URL;
 * `BENCH_TRACE=DIR` writes a Chrome trace of one library visit, the first search from the library,
 * one search on the search page and one filter there
 * (open them in the Performance panel).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { createSiteServer } from '../server/create-server';
import { prerenderSite } from '../server/prerender-site';
import { line, spread } from './bench-figures';

const TRACE_DIR = process.env.BENCH_TRACE ? resolve(process.env.BENCH_TRACE) : null;
/** Words a reader might look for in the bench's generated articles (searched one after another). */
const QUERIES = ['figures checked', 'council budget', 'break', 'timetable yesterday', 'floor asked', 'morning'];
/** A quick typist's pause between keys: the search box fetches ahead while the words are typed. */
const KEY_DELAY_MS = 60;

export async function inChromium(distDir: string, runs = 5): Promise<void> {
  if (!existsSync(join(distDir, '.verbatim/shell.html'))) {
    await prerenderSite({
      distDir,
      siteUrl: 'http://localhost',
      cacheDir: join(distDir, '.verbatim/cards'),
      articles: false,
    });
  }
  const server = createSiteServer(distDir);
  await new Promise<void>((done) => server.listen(Number(process.env.BENCH_PORT) || 0, '127.0.0.1', done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  });
  if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
  try {
    // BENCH_STEPS=filter (or library,search) runs only those steps, e.g. against a build of other seeds.
    const steps = (process.env.BENCH_STEPS ?? 'library,search,filter').split(',');
    if (steps.includes('library')) await libraryVisits(browser, base, runs);
    if (steps.includes('search')) await searches(browser, base, runs);
    if (steps.includes('filter')) await speakerFilter(browser, base, runs);
  } finally {
    await browser.close();
    server.close();
  }
}

/** A first visit to the library, each in a fresh context (empty cache): LCP, longest task, data. */
async function libraryVisits(browser: Browser, base: string, runs: number) {
  const lcps: number[] = [];
  const tasks: number[] = [];
  const dataKB: number[] = [];
  for (let r = 0; r < runs; r++) {
    const { page, cdp, close } = await open(browser);
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
    await traced(cdp, r === 0 ? 'library-visit' : null, async () => {
      await page.goto(`${base}/`);
      await page.locator('main li article').first().waitFor();
      await page.waitForLoadState('networkidle');
    });
    const { lcp, longest, bytes } = await page.evaluate(() => {
      const w = window as unknown as { __lcp: number; __longest: number };
      // The page itself (its HTML carries the first screen's data) and any data file fetched.
      const data = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/data/'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { lcp: w.__lcp, longest: w.__longest, bytes: data + (nav?.encodedBodySize ?? 0) };
    });
    lcps.push(lcp);
    tasks.push(longest);
    dataKB.push(bytes / 1000);
    await close();
  }
  line('library LCP (Chromium, prerendered, real server)', spread(lcps, 'ms'));
  line('library longest main-thread task', spread(tasks, 'ms'));
  line('library first visit: page + data (as sent)', spread(dataKB, 'kB', 1));
}

/**
 * Searches with 4× CPU throttling, from the form's submit to the results on screen: the first from
 * the library's search box (its code and index files load on focus and while the words are typed),
 * then one after another from the search page.
 */
async function searches(browser: Browser, base: string, runs: number) {
  const fromLibrary: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    const { page, cdp, close } = await open(browser);
    await page.goto(`${base}/`);
    await page.locator('main li article').first().waitFor();
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const q = QUERIES[r % QUERIES.length]!;
    fromLibrary.push(
      await timed(
        page,
        cdp,
        () => type(page, q),
        () => submit(page),
        `“${q}” · Search · Verbatim`,
        r === 0 ? 'search-from-library' : null,
      ),
    );
    await close();
  }
  report('a first search, from the library (4× CPU)', fromLibrary);

  // Every query once per run (at least once), one after another on the search page.
  const { page, cdp, close } = await open(browser);
  await page.goto(`${base}/search?q=timetable`);
  await page.locator('main [data-quote-id]').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const onPage: Timing[] = [];
  for (let r = 0; r < Math.max(1, runs); r++) {
    for (const [i, q] of QUERIES.entries()) {
      const title = `“${q}” · Search · Verbatim`;
      const trace = r === 0 && i === 1 ? 'search' : null;
      onPage.push(
        await timed(
          page,
          cdp,
          () => type(page, q),
          () => submit(page),
          title,
          trace,
        ),
      );
    }
  }
  report('a search answered, search page (4× CPU)', onPage);
  await close();
}

/** The result in the DOM (title and first hits committed) and on screen (the next frame painted). */
function report(what: string, runs: readonly Timing[]) {
  const rows: [string, keyof Timing][] = [
    [what, 'ms'],
    ['  its main-thread CPU time (4× CPU)', 'cpuMs'],
    ['  to the next paint, wall (4× CPU)', 'paintedMs'],
    ['  to the next paint, CPU (4× CPU)', 'paintedCpuMs'],
  ];
  for (const [label, field] of rows)
    line(
      label,
      spread(
        runs.map((t) => t[field]),
        'ms',
      ),
    );
}

async function type(page: Page, q: string) {
  const box = page.getByRole('searchbox').first();
  await box.click();
  await box.fill('');
  await box.pressSequentially(q, { delay: KEY_DELAY_MS });
  // BENCH_PAUSE_MS: the reader's pause between the last key and the submit (none by default).
  if (process.env.BENCH_PAUSE_MS) await page.waitForTimeout(Number(process.env.BENCH_PAUSE_MS));
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

/** The article with the most quotes on the library's first page, opened from the library; its sidebar toggled. */
async function speakerFilter(browser: Browser, base: string, runs: number) {
  const { page, cdp, close } = await open(browser);
  try {
    await page.goto(`${base}/`);
    const slug = await page.evaluate(async () => {
      const index = (await (await fetch('/data/index.json')).json()) as {
        articles: { slug: string; quoteCount: number }[];
      };
      return index.articles.reduce((a, b) => (b.quoteCount > a.quoteCount ? b : a)).slug;
    });
    await page.locator(`main a[href="/articles/${slug}"]`).click();
    const buttons = page.locator('aside button[data-speaker-id]');
    await buttons.first().waitFor();
    const quotes = await page.locator('main [data-quote-id]').count();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const filters: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < runs; r++) {
      const { ms, cpuMs } = await timedFilter(page, cdp, () => buttons.nth(r % 2).click(), r === 0 ? 'filter' : null);
      filters.push(ms);
      cpu.push(cpuMs);
    }
    line(`speaker filter, ${quotes} quote marks (4× CPU)`, spread(filters, 'ms'));
    line('  its main-thread CPU time (4× CPU)', spread(cpu, 'ms'));
  } catch (error) {
    line(
      'speaker filter in an article (4× CPU)',
      `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    await close();
  }
}

async function open(browser: Browser): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp, close: () => context.close() };
}

/** Runs `act`, recording a Chrome trace into BENCH_TRACE/<name>.json when both are set. */
async function traced<T>(cdp: CDPSession, name: string | null, act: () => Promise<T>): Promise<T> {
  if (!TRACE_DIR || !name) return act();
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [...CPU_CATEGORIES, ...PANEL_CATEGORIES],
    },
  });
  const result = await act();
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(join(TRACE_DIR, `${name}.json`), JSON.stringify({ traceEvents: events }));
  return result;
}

interface Timing {
  /** Wall clock, from the event to the result on screen. */
  ms: number;
  /**
   * The page's main-thread CPU time between the same two moments. Chromium's CPU throttling keeps
   * the thread busy while it holds it back, so under 4× throttling this is what the interaction
   * would take on an idle machine; unlike the wall clock, it does not grow when other processes
   * take the CPU.
   */
  cpuMs: number;
  /** Wall and CPU time to the first paint after the result (a task posted from the next frame). */
  paintedMs: number;
  paintedCpuMs: number;
}

/**
 * From the form's submit event to the next page's title (set in the same commit as its results).
 * `prepare` (typing the words) runs before the clock starts.
 */
export async function timed(
  page: Page,
  cdp: CDPSession,
  prepare: () => Promise<unknown>,
  act: () => Promise<unknown>,
  title: string,
  traceName: string | null = null,
): Promise<Timing> {
  await armStopwatch(page, { startOn: 'submit', title });
  await prepare();
  return measure(page, cdp, act, traceName);
}

/**
 * From the click on a sidebar speaker to the quotes marked for it: the first change of a quote's
 * `data-dimmed` or `data-selected` (React commits the whole filter at once). It watched
 * `data-active` before, which marks the opened quote and never changes on a filter, so it timed out.
 */
export async function timedFilter(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<unknown>,
  traceName: string | null = null,
): Promise<Timing> {
  await armStopwatch(page, { startOn: 'click' });
  return measure(page, cdp, act, traceName);
}

/**
 * In the page: `__t0` and mark `bench-t0` at the next `startOn` event; `__t1` and `bench-t1` when the
 * result shows (the page titled `title` with hits or a status, or else a quote's filter attributes
 * changed); `__t2` and `bench-t2` after the frame that paints it (a task posted from the next
 * animation frame runs after its paint).
 */
async function armStopwatch(page: Page, when: { startOn: 'submit' | 'click'; title?: string }): Promise<void> {
  await page.evaluate(({ startOn, title }) => {
    const w = window as unknown as { __t0: number; __t1: number; __t2: number };
    w.__t0 = 0;
    w.__t1 = 0;
    w.__t2 = 0;
    // Each stamp is a mark (for the trace) and its time, written inline: a named helper would be
    // wrapped by tsx in `__name`, which does not exist in the page.
    document.addEventListener(startOn, () => (w.__t0 = performance.mark('bench-t0').startTime), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (
        title !== undefined &&
        !(document.title === title && document.querySelector('main [data-quote-id], [role=status]'))
      )
        return;
      w.__t1 = performance.mark('bench-t1').startTime;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__t2 = performance.mark('bench-t2').startTime)));
    });
    if (title !== undefined) observer.observe(document, { subtree: true, childList: true, characterData: true });
    else
      observer.observe(document.querySelector('main') ?? document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-dimmed', 'data-selected'],
      });
  }, when);
}

/** Trace categories for the CPU time of an interaction: top-level tasks (with thread time) and marks. */
const CPU_CATEGORIES = ['toplevel', 'blink.user_timing'];
/** What BENCH_TRACE's files add, for the Performance panel. */
const PANEL_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'loading',
  'latencyInfo',
  'disabled-by-default-v8.cpu_profiler',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/**
 * Runs `act` and waits for the page's `__t1`; the wall time is `__t1 - __t0`, and the CPU time the
 * page's main thread spent between the two marks (`bench-t0`, `bench-t1`), from a trace.
 */
async function measure(page: Page, cdp: CDPSession, act: () => Promise<unknown>, name: string | null): Promise<Timing> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const panel = TRACE_DIR && name ? PANEL_CATEGORIES : [];
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...CPU_CATEGORIES, ...panel] },
  });
  await act();
  await page.waitForFunction(() => (window as unknown as { __t2: number }).__t2 > 0, undefined, { timeout: 30_000 });
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  if (TRACE_DIR && name) writeFileSync(join(TRACE_DIR, `${name}.json`), JSON.stringify({ traceEvents: events }));
  const [ms, paintedMs] = await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number; __t2: number };
    return [w.__t1 - w.__t0, w.__t2 - w.__t0];
  });
  const timing = { ms, cpuMs: mainThreadCpu(events), paintedMs, paintedCpuMs: mainThreadCpu(events, 'bench-t2') };
  if (process.env.BENCH_VERBOSE) console.log(`    ${page.url()}: ${JSON.stringify(timing)}`);
  return timing;
}

/** Thread time of the main thread's tasks between the marks, a task cut by a mark counted pro rata. */
function mainThreadCpu(events: TraceEvent[], end = 'bench-t1'): number {
  const mark = (n: string) => events.find((e) => e.name === n);
  const [t0, t1] = [mark('bench-t0'), mark(end)];
  if (!t0 || !t1) return NaN;
  const tasks = events
    .filter((e) => e.pid === t0.pid && e.tid === t0.tid && e.ph === 'X' && e.dur && e.tdur !== undefined)
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let us = 0;
  let coveredUntil = -Infinity;
  for (const e of tasks) {
    // A task is traced twice, one inside the other (scheduler and thread controller): count the outer.
    if (e.ts + e.dur! <= coveredUntil) continue;
    coveredUntil = e.ts + e.dur!;
    const overlap = Math.min(e.ts + e.dur!, t1.ts) - Math.max(e.ts, t0.ts);
    if (overlap > 0) us += e.tdur! * (overlap / e.dur!);
  }
  return us / 1000;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [distDir] = process.argv.slice(2);
  if (!distDir) throw new Error('usage: tsx src/build/bench-library-browser.ts DIST_DIR');
  await inChromium(resolve(distDir), Number(process.env.BENCH_RUNS) || 5);
}
