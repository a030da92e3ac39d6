/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--strict]`: ingests a folder of article text
 * files into `index.json` + `articles/<slug>.json`. A file that fails is reported and listed in the
 * index, and the run still exits 0 so one bad file never blocks the rest; `--strict` makes any
 * failure exit 1 (for CI). Usage errors exit 2, a missing seeds folder exits 1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLibrary } from './build-library';
import { outcomeSummaryLine, outcomeWarningLines, totalsLine } from './describe-outcome';
import { loadSeeds, resolveSeedsDir, SeedsFolderError } from './load-seeds';
import { createProgressLine } from './progress-line';
import { writeLibrary } from './write-library';
import { runCli } from './run-cli';

/** Below this many files the run is quick enough that a progress line is only noise. */
const PROGRESS_THRESHOLD = 50;

const USAGE = 'usage: npm run ingest -- [--seeds DIR] [--out DIR] [--strict]';

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string', default: '.data' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
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

  let outcomes;
  try {
    outcomes = await loadSeeds(seedsDir, (outcome, done, total) => {
      if (total > PROGRESS_THRESHOLD) progress.update(`ingesting ${done}/${total} ${outcome.source}`);
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

  const library = buildLibrary(outcomes);
  for (const outcome of library.outcomes) {
    // One stream for every per-file line, so warnings stay next to their file in piped logs.
    console.log(outcomeSummaryLine(outcome));
    for (const warning of outcomeWarningLines(outcome)) console.log(warning);
  }
  const written = await writeLibrary(library, outDir);
  console.log(`${totalsLine(library.outcomes)}; wrote ${written} JSON files to ${outDir}`);

  const failed = library.index.failures.length;
  if (args.strict && failed > 0) {
    console.error(`--strict: ${failed} file${failed === 1 ? '' : 's'} failed`);
    return 1;
  }
  return 0;
}

runCli(main);
