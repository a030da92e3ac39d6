// @vitest-environment node
/**
 * Runs the real CLI over the shared hostile corpus (`../shared/corpus/bad`, read-only) together with
 * the seeds, and checks the file-level outcomes that `bad/EXPECT.md` asks for. Skipped, with the
 * reason in its name, on machines without the shared folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../ingest/schema';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { PROJECT_ROOT } from './project-root';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';

const BAD_DIR = resolve(PROJECT_ROOT, '../shared/corpus/bad');
const SEEDS_DIR = resolve(PROJECT_ROOT, 'seeds');
const BAD_FILES = [
  'binary_png.txt',
  'crlf_bom.txt',
  'empty.txt',
  'impossible_date.txt',
  'injection.txt',
  'latin1.txt',
  'whitespace_only.txt',
];

/** What the output or the library must say about each bad file (EXPECT.md, file level). */
const EXPECTED_PROBLEM: Record<string, RegExp> = {
  'empty.txt': /empty/i,
  'whitespace_only.txt': /empty/i,
  'binary_png.txt': /binary|not a text/i,
  'latin1.txt': /latin-?1|utf-?8|encoding/i,
  'impossible_date.txt': /2022-02-30/,
  'injection.txt': /handle|link|embed/i,
};

/** EXPECT.md: a linear pass over 5 MiB should take seconds, not minutes. */
const HUGE_LIMIT_MS = 60_000;

async function ingestFolder(seeds: string) {
  const out = await tempDir();
  const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out], {}, HUGE_LIMIT_MS);
  expect(run.timedOut, `ingest did not finish within ${HUGE_LIMIT_MS / 1000} s`).toBe(false);
  expect(run.code, run.output).toBe(0);
  const index = LibraryIndexSchema.parse(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')));
  const articles = new Map<string, Article>();
  for (const summary of index.articles) {
    const json: unknown = JSON.parse(await readFile(join(out, 'articles', `${summary.slug}.json`), 'utf8'));
    articles.set(summary.source, ArticleSchema.parse(json));
  }
  return { run, index, articles };
}

describe.skipIf(!existsSync(BAD_DIR))('the shared bad corpus (skipped: ../shared/corpus/bad not found)', () => {
  it('ingests every seed and reports every bad file by name', { timeout: 90_000 }, async () => {
    const seeds = await tempDir();
    for (const name of (await readdir(BAD_DIR)).filter((n) => n.endsWith('.txt')))
      await copyFile(join(BAD_DIR, name), join(seeds, name));
    const goodNames = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt'));
    for (const name of goodNames) await copyFile(join(SEEDS_DIR, name), join(seeds, name));
    const { run, index, articles } = await ingestFolder(seeds);

    for (const name of goodNames) expect(articles.has(name), `${name} ingested`).toBe(true);
    for (const name of BAD_FILES) {
      const failure = index.failures.find((f) => f.source === name);
      const article = articles.get(name);
      expect(failure || article, `${name} is either an article or a listed failure`).toBeTruthy();
      expect(run.output, `${name} named in the output`).toContain(name);
      const problems = [failure?.message ?? '', ...(article?.warnings ?? []).map((w) => `${w.code} ${w.message}`)].join(
        ' | ',
      );
      const expected = EXPECTED_PROBLEM[name];
      if (expected) expect(problems, `${name}'s problem is reported`).toMatch(expected);
    }

    const crlf = articles.get('crlf_bom.txt');
    expect(crlf?.author).toBe('Tobias Lind');
    expect(crlf?.date).toBe('2023-06-01');
    expect(JSON.stringify(crlf)).not.toMatch(/\\r|\uFEFF|\\ufeff/i);
    expect(crlf?.tweets.map((t) => [t.handle, t.date, t.linkText])).toEqual([
      ['HannaVogtBib', '2023-06-01', 'pic.twitter.com/Bb7LxQ2mNd'],
    ]);

    const latin1 = articles.get('latin1.txt');
    if (latin1) expect([latin1.author, latin1.date]).toEqual(['Chiara Benedè', '2023-05-04']);

    expect(articles.get('impossible_date.txt')?.date ?? null).toBeNull();
    expect(articles.get('impossible_date.txt')?.author).toBe('Lorenzo Pavan');

    const injection = articles.get('injection.txt');
    for (const tweet of injection?.tweets ?? []) {
      expect(tweet.handle ?? '').not.toContain('<');
      expect(tweet.link ?? 'https://x').not.toMatch(/javascript:|<svg/i);
    }
  });

  it(
    'ingests huge.txt (5 MiB, one paragraph) in full within a minute, or refuses it as too large',
    { timeout: HUGE_LIMIT_MS + 30_000 },
    async () => {
      const seeds = await tempDir();
      execFileSync('bash', [join(BAD_DIR, 'make_huge.sh'), '5242880', seeds], { stdio: 'ignore' });
      const { run, index, articles } = await ingestFolder(seeds);
      expect(run.output).toContain('huge.txt');
      const huge = articles.get('huge.txt');
      if (huge) {
        // Never truncated silently: all ~5 MiB of text is still there.
        const chars = huge.blocks.reduce((n, b) => n + (b.type === 'paragraph' ? b.text.length : 0), 0);
        expect(chars).toBeGreaterThan(5_000_000);
      } else expect(index.failures.find((f) => f.source === 'huge.txt')?.message).toMatch(/too large/i);
    },
  );
});
