/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--strict]`: ingests a folder of article text
 * files into `index.json` + `articles/<slug>.json`. A file that fails is reported and listed in the
 * index, and the run still exits 0 so one bad file never blocks the rest; `--strict` makes any
 * failure exit 1 (for CI). Usage errors exit 2, a missing seeds folder exits 1.
 * Unchanged files come from the content-hash cache (`--no-cache` ingests everything); only files an
 * earlier run wrote (its manifest, `OUT/.verbatim-manifest.json` and the `.log` of later changes beside it)
 * are ever removed from OUT.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { outcomeSummaryLine, outcomeWarningLines, totalsLineOf } from './describe-outcome';
import { DEFAULT_CACHE_DIR } from './ingest-cache';
import { resolveSeedsDir, SeedsFolderError } from './load-seeds';
import { createProgressLine } from './progress-line';
import { writeLibraryFromSeeds } from './write-library';
import { runCli } from './run-cli';
import { plural } from '../lib/plural';

/** Below this many files the run is quick enough that a progress line is only noise. */
const PROGRESS_THRESHOLD = 50;

const USAGE = 'usage: npm run ingest -- [--seeds DIR] [--out DIR] [--strict] [--no-cache]';

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string', default: '.data' },
        strict: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
      allowNegative: true,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args) return 2;
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const seedsDir = args.seeds ? resolve(args.seeds) : resolveSeedsDir();
  const outDir = resolve(args.out);
  const progress = createProgressLine(process.stderr, true);

  let result;
  try {
    result = await writeLibraryFromSeeds({
      seedsDir,
      outDir,
      cacheDir: args.cache ? DEFAULT_CACHE_DIR : null,
      onNotice: (message) => console.error(`note: ${message}`),
      onReport: (report, done, total) => {
        // One stream for every per-file line, so warnings stay next to their file in piped logs.
        if (total > PROGRESS_THRESHOLD) progress.clear();
        console.log(outcomeSummaryLine(report));
        for (const warning of outcomeWarningLines(report)) console.log(warning);
        if (total > PROGRESS_THRESHOLD) progress.update(`ingesting ${done}/${total} ${report.source}`);
      },
    });
  } catch (error) {
    progress.clear();
    if (error instanceof SeedsFolderError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
  progress.clear();
  const { written, unchanged, removed, ingested } = result;
  console.log(
    `${totalsLineOf({ ...result, failed: result.failures.length })}; ${ingested} ingested afresh; wrote ${written} JSON files to ${outDir}` +
      ` (${unchanged} unchanged, ${removed} removed that an earlier run wrote)`,
  );

  const failed = result.failures.length;
  if (args.strict && failed > 0) {
    console.error(`--strict: ${plural(failed, 'file')} failed`);
    return 1;
  }
  return 0;
}

runCli(main);
