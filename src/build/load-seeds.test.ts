// @vitest-environment node
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ingestSeedFile, listSeedFiles, loadSeeds, resolveSeedsDir, SeedsFolderError } from './load-seeds';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { tempDir } from './test-support/temp-dir';

const runningAsRoot = process.getuid?.() === 0;

describe('loadSeeds', () => {
  it('ingests only .txt files, in name order', async () => {
    const dir = await tempDir();
    await writeFixtures(dir, {
      ...GOOD_FILES,
      'b.TXT': 'Upper-case extension, still an article.',
      'readme.md': 'no',
      'data.json': '{}',
    });
    expect(await listSeedFiles(dir)).toEqual(['b.TXT', 'good_harbour.txt', 'good_library.txt']);
    const outcomes = await loadSeeds(dir);
    expect(outcomes.map((o) => [o.source, o.ok])).toEqual([
      ['b.TXT', true],
      ['good_harbour.txt', true],
      ['good_library.txt', true],
    ]);
  });

  it('reports a missing folder with its path', async () => {
    const missing = join(await tempDir(), 'gone');
    await expect(loadSeeds(missing)).rejects.toThrow(SeedsFolderError);
    await expect(loadSeeds(missing)).rejects.toThrow(`seeds folder not found: ${missing}`);
  });

  it('reports a file path given as the folder', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'x');
    await expect(loadSeeds(join(dir, 'a.txt'))).rejects.toThrow('is not a folder');
  });

  it('turns an entry that cannot be read into a failure naming it, and carries on', async () => {
    const dir = await tempDir();
    await writeFixtures(dir, GOOD_FILES);
    await mkdir(join(dir, 'a_folder.txt'));
    const outcomes = await loadSeeds(dir);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    expect(outcomes[0]).toEqual({
      source: 'a_folder.txt',
      ok: false,
      message: 'a_folder.txt: not a text file: it is a folder',
    });
  });

  it.skipIf(runningAsRoot)(
    'reports a file without read permission (skipped as root: root reads mode 000 files)',
    async () => {
      const dir = await tempDir();
      await writeFile(join(dir, 'locked.txt'), 'secret');
      await chmod(join(dir, 'locked.txt'), 0o000);
      const outcome = await ingestSeedFile(dir, 'locked.txt');
      expect(outcome).toEqual({
        source: 'locked.txt',
        ok: false,
        message: 'locked.txt: cannot read file (permission denied)',
      });
    },
  );

  it('keeps going when the core throws on one file', async () => {
    const dir = await tempDir();
    await writeFixtures(dir, { ...GOOD_FILES, 'boom.txt': 'explodes' });
    vi.resetModules();
    vi.doMock('../ingest/ingest-article', async (importOriginal) => {
      const real = await importOriginal<typeof import('../ingest/ingest-article')>();
      return {
        ...real,
        ingestArticle: (source: string, bytes: Uint8Array) => {
          if (source === 'boom.txt') throw new Error('kaboom');
          return real.ingestArticle(source, bytes);
        },
      };
    });
    const { loadSeeds: loadWithMock } = await import('./load-seeds');
    const outcomes = await loadWithMock(dir);
    vi.doUnmock('../ingest/ingest-article');
    expect(outcomes.find((o) => o.source === 'boom.txt')).toEqual({
      source: 'boom.txt',
      ok: false,
      message: 'boom.txt: ingest crashed: kaboom',
    });
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
  });
});

describe('resolveSeedsDir', () => {
  it('uses SEEDS_DIR relative to the working directory, else seeds/', () => {
    expect(resolveSeedsDir({ SEEDS_DIR: 'other' }, '/srv/app')).toBe(resolve('/srv/app/other'));
    expect(resolveSeedsDir({}, '/srv/app')).toBe(resolve('/srv/app/seeds'));
    expect(resolveSeedsDir({ SEEDS_DIR: '/abs/seeds' }, '/srv/app')).toBe('/abs/seeds');
  });
});
