/**
 * One data build for `bench:library`, in its own process so its peak memory is its own:
 * `tsx src/build/bench-library-build.ts SEEDS OUT CACHE` prints `{"ms":…,"maxRssMB":…,…}`.
 */
import { writeLibraryFromSeeds } from './write-library';

const [seedsDir = '', outDir = '', cacheDir = ''] = process.argv.slice(2);
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const result = await writeLibraryFromSeeds({ seedsDir, outDir, cacheDir });
const ms = performance.now() - started;
const buildCpu = process.cpuUsage(cpuAtStart);
// CPU of the whole process (its start-up included): on a shared machine, the figure load does not inflate.
const { userCPUTime, systemCPUTime } = process.resourceUsage();
const { written, unchanged, removed, ingested, read, failures } = result;
console.log(
  JSON.stringify({
    ms,
    cpuMs: (userCPUTime + systemCPUTime) / 1000,
    // The build's own CPU, start-up excluded: what an edit costs in a process that is already running.
    buildCpuMs: (buildCpu.user + buildCpu.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    articles: result.files,
    read,
    ingested,
    written,
    unchanged,
    removed,
    failed: failures.length,
  }),
);
