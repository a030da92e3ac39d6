// @vitest-environment node
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../ingest/schema';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { tempDir } from './test-support/temp-dir';
import { verbatim } from './vite-plugin-verbatim';

async function buildWith(seedsDir: string) {
  const root = await tempDir();
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const outDir = join(root, 'dist');
  await build({ configFile: false, root, logLevel: 'silent', plugins: [verbatim({ seedsDir })], build: { outDir } });
  return { root, outDir };
}

describe('verbatim in a production build', () => {
  it('emits a valid data/index.json and one data/articles/<slug>.json per article', { timeout: 30_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, { ...GOOD_FILES, 'empty.txt': '' });
    const { outDir } = await buildWith(seeds);

    const index = LibraryIndexSchema.parse(JSON.parse(await readFile(join(outDir, 'data/index.json'), 'utf8')));
    expect(index.articles).toHaveLength(2);
    expect(index.failures.map((f) => f.source)).toEqual(['empty.txt']);
    const files = await readdir(join(outDir, 'data/articles'));
    expect(files.sort()).toEqual(index.articles.map((a) => `${a.slug}.json`).sort());
    for (const file of files) {
      expect(
        ArticleSchema.safeParse(JSON.parse(await readFile(join(outDir, 'data/articles', file), 'utf8'))).success,
      ).toBe(true);
    }
  });

  it('fails the build, naming the folder, when the seeds folder is missing', { timeout: 30_000 }, async () => {
    const missing = join(await tempDir(), 'nope');
    await expect(buildWith(missing)).rejects.toThrow(`seeds folder not found: ${missing}`);
  });

  it('previews deep links as the app and unknown data files as a JSON 404', { timeout: 30_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const { root, outDir } = await buildWith(seeds);
    const server = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [verbatim({ seedsDir: seeds })],
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const page = await fetch(`${base}articles/some-slug`, { headers: { accept: 'text/html' } });
      expect([page.status, await page.text()]).toEqual([200, expect.stringContaining('<title>t</title>')]);
      const index = await fetch(`${base}data/index.json`);
      expect(LibraryIndexSchema.parse(await index.json()).articles).toHaveLength(2);
      const missing = await fetch(`${base}data/articles/no-such-slug.json`);
      expect([missing.status, await missing.json()]).toEqual([
        404,
        { error: 'no such data file: articles/no-such-slug.json' },
      ]);
    } finally {
      await server.close();
    }
  });
});
