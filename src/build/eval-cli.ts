/**
 * `npm run eval -- [--corpus DIR] [--out DIR] [scorer args…]`: writes the scorer's `NAME.json`
 * for every `NAME.txt` in the corpus, then runs `../shared/eval/score.mjs` on them when the corpus
 * has gold keys. Unknown args (`--coverage 0.3`, `--all-kinds`, `--min-e2e 0.5`) go to the scorer.
 * Without `--corpus` it uses `../shared/corpus` and skips cleanly (exit 0) when that is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toJson } from './build-library';
import { EMPTY_PREDICTION, toEvalPrediction } from './eval-prediction';
import { ingestSeedFile, listSeedFiles, SeedsFolderError } from './load-seeds';
import { terminalSafe } from './terminal-text';
import { PROJECT_ROOT } from './project-root';
import { runCli } from './run-cli';

const DEFAULT_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');
const SCORER = resolve(PROJECT_ROOT, '../shared/eval/score.mjs');

/** Our own flags; everything else is passed through to the scorer untouched (hence no parseArgs). */
function splitArgs(argv: string[]) {
  let corpus: string | undefined;
  let out: string | undefined;
  const scorerArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === '--corpus' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${flag} needs a folder`);
      if (flag === '--corpus') corpus = value;
      else out = value;
    } else scorerArgs.push(arg);
  }
  return { corpus, out, scorerArgs };
}

async function writePredictions(corpusDir: string, outDir: string): Promise<number> {
  const names = await listSeedFiles(corpusDir);
  await mkdir(outDir, { recursive: true });
  let failed = 0;
  for (const name of names) {
    const outcome = await ingestSeedFile(corpusDir, name);
    if (!outcome.ok) {
      failed++;
      console.error(terminalSafe(`FAILED  ${outcome.message}`));
    }
    const prediction = outcome.ok ? toEvalPrediction(outcome.article) : EMPTY_PREDICTION;
    await writeFile(join(outDir, `${name.replace(/\.txt$/i, '')}.json`), toJson(prediction));
  }
  console.log(`wrote ${names.length} predictions (${failed} failed) to ${outDir}`);
  return names.length;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = splitArgs(argv);
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nusage: npm run eval -- [--corpus DIR] [--out DIR] [scorer args]`,
    );
    return 2;
  }
  const corpusDir = resolve(args.corpus ?? DEFAULT_CORPUS);
  if (!args.corpus && !existsSync(corpusDir)) {
    console.log('skipped: ../shared/corpus not found');
    return 0;
  }
  if (!existsSync(corpusDir)) {
    console.error(`error: corpus folder not found: ${corpusDir}`);
    return 1;
  }
  const outDir = resolve(args.out ?? (await mkdtemp(join(tmpdir(), 'verbatim-eval-'))));
  try {
    await writePredictions(corpusDir, outDir);
  } catch (error) {
    if (!(error instanceof SeedsFolderError)) throw error;
    console.error(`error: ${error.message.replace('seeds folder', 'corpus folder')}`);
    return 1;
  }

  const hasGold = (await readdir(corpusDir)).some((name) => name.endsWith('.gold.json'));
  if (!hasGold) {
    console.log(`no *.gold.json in ${corpusDir}: nothing to score`);
    return 0;
  }
  if (!existsSync(SCORER)) {
    console.log(`skipped scoring: ${SCORER} not found`);
    return 0;
  }
  const run = spawnSync(process.execPath, [SCORER, '--gold', corpusDir, '--pred', outDir, ...args.scorerArgs], {
    stdio: 'inherit',
  });
  if (run.error) {
    console.error(`error: could not run the scorer: ${run.error.message}`);
    return 1;
  }
  // The scorer's exit code is the verdict; it prints no reason of its own, and CI's log should say one.
  if (run.status !== 0) {
    const floor = args.scorerArgs[args.scorerArgs.indexOf('--min-e2e') + 1];
    const why = args.scorerArgs.includes('--min-e2e')
      ? `end-to-end F1 below the floor --min-e2e ${floor}, or predictions missing`
      : 'predictions missing';
    console.error(`eval FAILED (scorer exit ${run.status ?? 'signal'}): ${why}`);
  }
  return run.status ?? 1;
}

runCli(main);
