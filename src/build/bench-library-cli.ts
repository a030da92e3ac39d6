/**
 * `npm run bench:library`: the library at scale. Generates BENCH_ARTICLES (default 10,000) articles
 * from the bench fixtures (names recur across articles, dates spread over eleven years) and prints:
 * the data build from cold at a quarter, half and all of them (time and peak memory, each in its
 * own process), all of them again with the heap capped, the rebuild after one edit, the dev server
 * serving one edited file, the data of a first library visit (gzip), and in Chromium the library's LCP and longest main-thread task, a
 * search answered and a speaker filter in an article, both with 4× CPU throttling. Medians with the
 * spread (min–max) of several runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { makeLongArticle } from './bench-corpus';
import { line, median, spread } from './bench-figures';
import { inChromium } from './bench-library-browser';
import { PROJECT_ROOT } from './project-root';
import { verbatim } from './vite-plugin-verbatim';

const N = Number(process.env.BENCH_ARTICLES) || 10_000;
const RUNS = 5;
const root = mkdtempSync(join(tmpdir(), 'verbatim-bench-library-'));

/** Article `i`: one of 2,000 casts of people (so speakers recur across articles), its own length and date. */
function article(i: number): string {
  const text = makeLongArticle(1_500 + ((i * 977) % 6_000), 1 + (i % 2_000));
  const day = new Date(Date.UTC(2015, 0, 1) + ((i * 7_919) % 4_000) * 86_400_000).toISOString().slice(0, 10);
  return text.replace(/^ date \S+/, ` date ${day}`);
}

function writeSeeds(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `bench-${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

interface BuildRun {
  ms: number;
  cpuMs: number;
  buildCpuMs: number;
  maxRssMB: number;
  read: number;
  ingested: number;
  written: number;
}
/** A build in its own process; `heapMB` caps its heap (`--max-old-space-size`). */
function buildData(seeds: string, out: string, cache: string, heapMB?: number): BuildRun {
  const cap = heapMB ? `--max-old-space-size=${heapMB}` : '';
  const output = execFileSync('npx', ['tsx', 'src/build/bench-library-build.ts', seeds, out, cache], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, cap].filter(Boolean).join(' ') },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as BuildRun;
}

const seeds = join(root, 'seeds');
const bytes = writeSeeds(seeds, N);
console.log(
  `bench:library — ${N.toLocaleString('en-US')} articles, ${(bytes / 1e6).toFixed(1)} MB of text, in ${root}\n`,
);

// 1. Cold builds at growing sizes: memory should not grow with the number of articles.
for (const count of [Math.round(N / 4), Math.round(N / 2)]) {
  const dir = join(root, `seeds-${count}`);
  writeSeeds(dir, count);
  const run = buildData(dir, join(root, `out-${count}`), join(root, `cache-${count}`));
  line(
    `data build, cold, ${count.toLocaleString('en-US')} articles`,
    `${(run.ms / 1000).toFixed(1)} s (${(run.cpuMs / 1000).toFixed(1)} s CPU), peak ${run.maxRssMB.toFixed(0)} MB`,
  );
}
const out = join(root, 'out');
const cache = join(root, 'cache');
const cold = buildData(seeds, out, cache);
line(
  `data build, cold, ${N.toLocaleString('en-US')} articles`,
  `${(cold.ms / 1000).toFixed(1)} s (${(cold.cpuMs / 1000).toFixed(1)} s CPU), peak ${cold.maxRssMB.toFixed(0)} MB, ${cold.written} files`,
);

// A build from scratch holds a run, a search window or a page at a time, not the library: with its
// heap capped well below the default's peak (about 250 MB at 10,000) it still succeeds.
const CAPPED_HEAP_MB = 128;
const capped = buildData(seeds, join(root, 'out-capped'), join(root, 'cache-capped'), CAPPED_HEAP_MB);
line(
  `  the same, heap capped at ${CAPPED_HEAP_MB} MB`,
  `${(capped.ms / 1000).toFixed(1)} s (${(capped.cpuMs / 1000).toFixed(1)} s CPU), peak ${capped.maxRssMB.toFixed(0)} MB, ${capped.written} files`,
);
rmSync(join(root, 'out-capped'), { recursive: true, force: true });
rmSync(join(root, 'cache-capped'), { recursive: true, force: true });

// 2. Rebuild after one edit: one file re-ingested, only changed files written.
const rebuilds: number[] = [];
const rebuildCpu: number[] = [];
const rebuildBuildCpu: number[] = [];
const rebuildRss: number[] = [];
const rebuildWrites: number[] = [];
for (let r = 0; r < RUNS; r++) {
  appendFileSync(
    join(seeds, `bench-${String(r * 997).padStart(5, '0')}.txt`),
    `\n\nThe council met again on day ${r}, a spokesperson said.\n`,
  );
  const run = buildData(seeds, out, cache);
  if (run.ingested !== 1 || run.read !== 1)
    throw new Error(`a rebuild after one edit read ${run.read} and ingested ${run.ingested} files`);
  rebuilds.push(run.ms);
  rebuildCpu.push(run.cpuMs);
  rebuildBuildCpu.push(run.buildCpuMs);
  rebuildRss.push(run.maxRssMB);
  rebuildWrites.push(run.written);
}
line('data rebuild after one edit (in process)', spread(rebuilds, 'ms'));
line('  its CPU in process', spread(rebuildBuildCpu, 'ms'));
line('  its CPU, tsx start-up included', spread(rebuildCpu, 'ms'));
line('  files written, peak memory', `${spread(rebuildWrites, 'files')}, peak ${median(rebuildRss).toFixed(0)} MB`);
const sizes = (path: string) => {
  const text = readFileSync(join(out, path));
  return { raw: text.length, gz: gzipSync(text, { level: 9 }).length };
};
const index = sizes('index.json');
line(
  'first library visit data (index.json)',
  `${(index.gz / 1000).toFixed(1)} kB gzip (${(index.raw / 1000).toFixed(0)} kB raw)`,
);

// 3. Dev server: one edited file served. It shares the build's content-hash cache, as `npm run dev`
// shares `npm run build`'s, so it starts from the warm cache.
process.env.VERBATIM_CACHE_DIR = cache;
const devTimes = await devServerEdits();
line('dev server serving one edited file', spread(devTimes, 'ms'));
if (process.env.BENCH_BUILD_ONLY) {
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
}

// 4. In Chromium: a production build of the app over the same seeds (data from the warm cache).
const dist = join(root, 'dist');
execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, SEEDS_DIR: seeds, VERBATIM_CACHE_DIR: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
});
await inChromium(dist, RUNS);
rmSync(root, { recursive: true, force: true });

async function devServerEdits(): Promise<number[]> {
  const starting = performance.now();
  const server = await createServer({
    configFile: false,
    root: PROJECT_ROOT,
    mode: 'development',
    logLevel: 'silent',
    plugins: [verbatim({ seedsDir: seeds })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  line('dev server start-up (warm cache)', `${((performance.now() - starting) / 1000).toFixed(1)} s`);
  const address = server.httpServer?.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const slugOf = async (source: string) => {
    for (let page = 0; ; page++) {
      const res = await fetch(`${base}/data/library/date/${page}.json`);
      if (!res.ok) throw new Error(`${source} not found in the dev library`);
      const found = ((await res.json()) as { articles: { source: string; slug: string }[] }).articles.find(
        (a) => a.source === source,
      );
      if (found) return found.slug;
    }
  };
  const times: number[] = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const source = `bench-${String((Math.floor(N / 2) + r * 131) % N).padStart(5, '0')}.txt`;
      const slug = await slugOf(source);
      const marker = `Marker ${r} ${Date.now()}`;
      const started = performance.now();
      appendFileSync(join(seeds, source), `\n\n${marker}.\n`);
      for (;;) {
        const text = await (await fetch(`${base}/data/articles/${slug}.json`)).text();
        if (text.includes(marker)) break;
        await new Promise((r2) => setTimeout(r2, 5));
      }
      times.push(performance.now() - started);
    }
  } finally {
    await server.close();
  }
  return times;
}
