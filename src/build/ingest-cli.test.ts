// @vitest-environment node
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../ingest/schema';
import { LibraryIndexSchema, type LibraryIndex } from '../ingest/library/library-schema';
import { GOOD_FILES, HOSTILE_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';

const TIMEOUT = 60_000;

async function readLibrary(out: string): Promise<{ index: LibraryIndex; articles: Article[] }> {
  const index = LibraryIndexSchema.parse(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')));
  const articles = await Promise.all(
    index.articles.map(async (a) =>
      ArticleSchema.parse(JSON.parse(await readFile(join(out, 'articles', `${a.slug}.json`), 'utf8'))),
    ),
  );
  return { index, articles };
}

/** The lines of output that report a problem (a failure or a warning) for one file. */
function problemLines(output: string, name: string): string[] {
  return output.split('\n').filter((line) => line.includes(name) && /^(FAILED|\s+warning)/.test(line));
}

/** Every problem reported for a file, whether it failed or was ingested with warnings. */
function problemsFor(name: string, index: LibraryIndex, articles: Article[]): string {
  const failure = index.failures.find((f) => f.source === name)?.message ?? '';
  const warnings = articles.find((a) => a.source === name)?.warnings.map((w) => `${w.code} ${w.message}`) ?? [];
  return [failure, ...warnings].join(' | ');
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('ingest CLI on a folder mixing good and hostile files', () => {
  it('ingests every good file and reports each bad one by name, without crashing', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    await writeFixtures(seeds, { ...GOOD_FILES, ...HOSTILE_FILES });
    await writeFile(join(seeds, 'notes.md'), '# not an article');

    const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out]);
    expect(run.code, run.output).toBe(0);
    const { index, articles } = await readLibrary(out);

    const sources = articles.map((a) => a.source);
    for (const name of Object.keys(GOOD_FILES)) expect(sources).toContain(name);
    expect([...sources, ...index.failures.map((f) => f.source)]).not.toContain('notes.md');

    // Files whose problem must be reported as a warning or a failure naming the file.
    const reported = [
      'bad_empty.txt',
      'bad_whitespace.txt',
      'bad_binary.txt',
      'bad_latin1.txt',
      'bad_impossible_date.txt',
      'bad_injection.txt',
    ];
    for (const name of reported) expect(problemLines(run.output, name), `${name} in:\n${run.output}`).not.toEqual([]);

    expect(problemsFor('bad_empty.txt', index, articles)).toMatch(/empty/i);
    expect(problemsFor('bad_whitespace.txt', index, articles)).toMatch(/empty/i);
    expect(problemsFor('bad_binary.txt', index, articles)).toMatch(/binary|not a text/i);
    expect(problemsFor('bad_latin1.txt', index, articles)).toMatch(/latin-?1|utf-?8|encoding/i);
    expect(problemsFor('bad_impossible_date.txt', index, articles)).toContain('2023-02-29');

    const binary = articles.find((a) => a.source === 'bad_binary.txt');
    expect(binary?.quotes ?? [], 'no quotes made of decoded garbage').toEqual([]);
  });

  it('writes what the hostile files say only as inert, well-formed data', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    await writeFixtures(seeds, HOSTILE_FILES);
    const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out]);
    expect(run.code, run.output).toBe(0);
    const { articles } = await readLibrary(out);

    const crlf = articles.find((a) => a.source === 'bad_crlf_bom.txt');
    expect(crlf?.author).toBe('Pia Olsen');
    expect(crlf?.date).toBe('2024-01-09');
    expect(allStrings(crlf).filter((s) => /[\r\uFEFF]/.test(s))).toEqual([]);

    const impossible = articles.find((a) => a.source === 'bad_impossible_date.txt');
    expect(impossible?.date ?? null).toBeNull();

    const latin1 = articles.find((a) => a.source === 'bad_latin1.txt');
    if (latin1) expect(latin1.author).toBe('Loïc Dufrêne');

    const injection = articles.find((a) => a.source === 'bad_injection.txt');
    expect(injection, 'the injection file is still an article').toBeDefined();
    expect(JSON.stringify(injection)).toContain('<script>alert(1)</script>');
    for (const tweet of injection?.tweets ?? []) {
      expect(tweet.link ?? 'https://').toMatch(/^https:\/\//);
      expect(tweet.handle ?? 'null').not.toContain('<');
    }
  });

  it('gives every article its own slug even when two files say the same thing', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    const text = GOOD_FILES['good_harbour.txt'] ?? '';
    await writeFixtures(seeds, { 'copy_a.txt': text, 'copy_b.txt': text, 'Copy-A.txt': text });
    const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out]);
    expect(run.code, run.output).toBe(0);
    const { index } = await readLibrary(out);
    const slugs = index.articles.map((a) => a.slug);
    expect(slugs).toHaveLength(3);
    expect(new Set(slugs).size).toBe(3);
    expect(await readdir(join(out, 'articles'))).toHaveLength(3);
  });
});

describe('ingest CLI output folder', () => {
  it('removes only what an earlier run wrote, never other files in --out', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    await mkdir(join(out, 'articles'), { recursive: true });
    await writeFile(join(out, 'articles', 'mine.json'), '{"kept":true}');
    await writeFile(join(out, 'notes.json'), '{}');

    expect((await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out])).code).toBe(0);
    const harbour = (await readLibrary(out)).index.articles.find((a) => a.source === 'good_harbour.txt')?.slug;
    await unlink(join(seeds, 'good_harbour.txt'));
    const second = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out]);
    expect(second.code, second.output).toBe(0);

    const files = await readdir(join(out, 'articles'));
    expect(files).toContain('mine.json');
    expect(files).not.toContain(`${harbour}.json`);
    expect(await readFile(join(out, 'articles', 'mine.json'), 'utf8')).toBe('{"kept":true}');
    expect(await readFile(join(out, 'notes.json'), 'utf8')).toBe('{}');
    expect((await readLibrary(out)).index.articles.map((a) => a.source)).toEqual(['good_library.txt']);
  });

  it('ingests only changed files on a second run, and writes only what changed', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    // A cache of its own: the shared one may already hold the edited bytes from an earlier run.
    const cache = { VERBATIM_CACHE_DIR: await tempDir() };
    await writeFixtures(seeds, GOOD_FILES);
    await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out], cache);
    await writeFile(
      join(seeds, 'good_library.txt'),
      `${GOOD_FILES['good_library.txt']}\n\nThe doors open at eight, the council said.`,
    );
    const again = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out], cache);
    expect(again.output).toMatch(/2 files: 2 ingested, 0 failed, 0 warnings; 1 ingested afresh/);
    const articles = (await readLibrary(out)).articles;
    expect(articles.find((a) => a.source === 'good_library.txt')?.blocks.at(-1)).toMatchObject({
      text: 'The doors open at eight, the council said.',
    });
  });
});

describe('ingest CLI exit codes', () => {
  it('fails with a clear message when the seeds folder does not exist', { timeout: TIMEOUT }, async () => {
    const missing = join(await tempDir(), 'no-such-folder');
    const run = await runCli('ingest-cli.ts', ['--seeds', missing, '--out', await tempDir()]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('seeds folder not found');
    expect(run.stderr).toContain(missing);
  });

  it('reads SEEDS_DIR when --seeds is not given', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    const out = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const run = await runCli('ingest-cli.ts', ['--out', out], { SEEDS_DIR: seeds });
    expect(run.code, run.output).toBe(0);
    expect((await readLibrary(out)).index.articles).toHaveLength(2);
  });

  it('exits 0 when files failed, and 1 with --strict', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, {
      ...GOOD_FILES,
      'bad_empty.txt': '',
      'bad_binary.txt': HOSTILE_FILES['bad_binary.txt'] ?? '',
    });
    // A folder named like a seed cannot be read as a file: it must fail alone (works as root too).
    await mkdir(join(seeds, 'folder.txt'));

    const lenient = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', await tempDir()]);
    expect(lenient.code, lenient.output).toBe(0);
    expect(problemLines(lenient.output, 'folder.txt').join('\n')).toMatch(/folder/);

    const strict = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', await tempDir(), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: \d+ files? failed/);
  });

  it('exits 0 with --strict when every file ingested', { timeout: TIMEOUT }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', await tempDir(), '--strict']);
    expect(run.code, run.output).toBe(0);
  });

  it('rejects unknown options with usage and exit code 2', { timeout: TIMEOUT }, async () => {
    const run = await runCli('ingest-cli.ts', ['--seedz', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});

describe('ingest CLI cache', () => {
  it('keeps each file its own name and slug when two files have the same bytes', { timeout: TIMEOUT }, async () => {
    const text = GOOD_FILES['good_harbour.txt'] ?? '';
    const first = await tempDir();
    await writeFixtures(first, { 'one.txt': text });
    await runCli('ingest-cli.ts', ['--seeds', first, '--out', await tempDir()]);
    const second = await tempDir();
    const out = await tempDir();
    await writeFixtures(second, { 'two.txt': text });
    expect((await runCli('ingest-cli.ts', ['--seeds', second, '--out', out])).code).toBe(0);
    const { articles } = await readLibrary(out);
    expect(articles.map((a) => a.source)).toEqual(['two.txt']);
  });
});
