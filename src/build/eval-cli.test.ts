// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './project-root';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';

const SCORER = resolve(PROJECT_ROOT, '../shared/eval/score.mjs');

/** A corpus of one good article and its gold key, with `quotes` as the gold's quotes. */
async function corpusWithGold(quotes: { text: string; speaker: string; kind: string }[]): Promise<string> {
  const corpus = await tempDir();
  await writeFixtures(corpus, { 'good_library.txt': GOOD_FILES['good_library.txt'] ?? '' });
  const gold = {
    file: 'good_library.txt',
    date: '2024-05-02',
    author: 'Tomas Berg',
    dateline: 'UPPSALA',
    speakers: [],
    quotes,
    tweets: [],
  };
  await writeFile(join(corpus, 'good_library.gold.json'), JSON.stringify(gold));
  return corpus;
}

describe('eval CLI', () => {
  it('writes one prediction per article in the scorer format', { timeout: 60_000 }, async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    await writeFixtures(corpus, { ...GOOD_FILES, 'empty.txt': '' });
    const run = await runCli('eval-cli.ts', ['--corpus', corpus, '--out', out]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('nothing to score');
    const harbour: unknown = JSON.parse(await readFile(join(out, 'good_harbour.json'), 'utf8'));
    expect(harbour).toMatchObject({ date: '2024-03-12', author: 'Ines Carvalho', dateline: 'PORTO' });
    // A file that failed still gets a (empty) prediction, so the scorer counts its misses.
    expect(JSON.parse(await readFile(join(out, 'empty.json'), 'utf8'))).toEqual({
      date: null,
      author: null,
      dateline: null,
      quotes: [],
      tweets: [],
    });
  });

  it.skipIf(!existsSync(SCORER))(
    'runs the shared scorer when the corpus has gold keys, passing extra args on (skipped: no ../shared/eval/score.mjs)',
    { timeout: 60_000 },
    async () => {
      const corpus = await corpusWithGold([]);
      const run = await runCli('eval-cli.ts', ['--corpus', corpus, '--json']);
      expect(run.code, run.output).toBe(0);
      expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toMatchObject({
        summary: { articles: 1, metadata: 1 },
      });
    },
  );

  // What makes .ci/run fail when a change costs quality: the floor it passes (--min-e2e 0.93).
  it.skipIf(!existsSync(SCORER))(
    'exits 1 and says why when end-to-end F1 is below --min-e2e (skipped: no ../shared/eval/score.mjs)',
    { timeout: 60_000 },
    async () => {
      // A gold quote the article does not hold: end-to-end F1 is 0 whatever the ingester does.
      const corpus = await corpusWithGold([
        { text: 'words nobody wrote in this article', speaker: 'Nobody', kind: 'direct' },
      ]);
      const below = await runCli('eval-cli.ts', ['--corpus', corpus, '--min-e2e', '0.5']);
      expect(below.code, below.output).toBe(1);
      expect(below.stderr).toContain('eval FAILED (scorer exit 1): end-to-end F1 below the floor --min-e2e 0.5');
      const noFloor = await runCli('eval-cli.ts', ['--corpus', corpus]);
      expect(noFloor.code, noFloor.output).toBe(0);
    },
  );

  it('fails clearly when the corpus folder is missing', { timeout: 60_000 }, async () => {
    const run = await runCli('eval-cli.ts', ['--corpus', join(await tempDir(), 'missing')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus folder not found');
  });
});
