// @vitest-environment node
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { buildStatePath } from './build-state';
import { readManifest } from './data-manifest';
import { tempDir } from './test-support/temp-dir';
import { writeLibraryFromSeeds } from './write-library';

/** Invented articles: a harbour master quoted in two of them, a baker in one. */
const SEEDS: Record<string, string> = {
  'a-harbour.txt':
    ' date 2024-03-02 from Desk\n\nVELMORA – The ferries stop at dusk.\n\n“The lights are too weak,” said harbour master Ilse Varga.',
  'b-bakery.txt':
    ' date 2023-11-20 from Desk\n\nVELMORA – Bread costs more.\n\n“Flour doubled in a year,” said baker Tomas Kell.',
  'c-pier.txt':
    ' date 2022-05-14 from Desk\n\nVELMORA – The old pier reopens.\n\n“We rebuilt every plank,” said Ilse Varga, the harbour master.',
};

async function library() {
  const seeds = await tempDir();
  for (const [name, text] of Object.entries(SEEDS)) await writeFile(join(seeds, name), text);
  const cache = await tempDir();
  const build = (out: string) => writeLibraryFromSeeds({ seedsDir: seeds, outDir: out, cacheDir: cache });
  return { seeds, cache, build };
}

/** The manifest's list of files and hashes, sorted (a rebuild appends to a log what a build from scratch writes whole). */
const manifest = async (out: string) => [...(await readManifest(out))].sort(([a], [b]) => (a < b ? -1 : 1));

describe('writeLibraryFromSeeds, after one edit', () => {
  it('reads and ingests only the edited file and writes only the files that list it', { timeout: 60_000 }, async () => {
    const { seeds, build } = await library();
    const out = await tempDir();
    const first = await build(out);
    expect(first.ingested).toBe(3);
    const index = LibraryIndexSchema.parse(JSON.parse(await readFile(join(out, 'index.json'), 'utf8')));
    const bakery = index.articles.find((a) => a.source === 'b-bakery.txt')?.slug ?? '';

    const untouched = await build(out);
    expect({ read: untouched.read, ingested: untouched.ingested, written: untouched.written }).toEqual({
      read: 0,
      ingested: 0,
      written: 0,
    });

    await appendFile(join(seeds, 'b-bakery.txt'), '\n\n“Rye is cheaper,” said Tomas Kell.\n');
    const edited = await build(out);
    expect({ read: edited.read, ingested: edited.ingested }).toEqual({ read: 1, ingested: 1 });
    const written = [...edited.writtenPaths].sort();
    // The article, the listings that show its quote count, its speaker's page and its search window.
    expect(written).toContain(`articles/${bakery}.json`);
    expect(written).toContain('speakers/tomas-kell/0.json');
    expect(written.filter((p) => p.startsWith('articles/'))).toEqual([`articles/${bakery}.json`]);
    expect(written.filter((p) => p.startsWith('speakers/'))).toEqual(['speakers/tomas-kell/0.json']);
    expect(written.some((p) => p.startsWith('search/'))).toBe(true);

    // The same library as a build from nothing.
    const fresh = await tempDir();
    await build(fresh);
    expect(await manifest(out)).toEqual(await manifest(fresh));
  });

  it('removes the pages of a speaker no article quotes any more', { timeout: 60_000 }, async () => {
    const { seeds, build } = await library();
    const out = await tempDir();
    await build(out);
    await writeFile(join(seeds, 'b-bakery.txt'), ' date 2023-11-20 from Desk\n\nVELMORA – Bread costs more.');
    const edited = await build(out);
    expect(edited.removed).toBeGreaterThan(0);
    expect((await manifest(out)).some(([path]) => path.startsWith('speakers/tomas-kell/'))).toBe(false);
    const fresh = await tempDir();
    await build(fresh);
    expect(await manifest(out)).toEqual(await manifest(fresh));
  });

  it(
    'names a damaged build state, builds everything again and writes the same library',
    { timeout: 60_000 },
    async () => {
      const { seeds, cache, build } = await library();
      const out = await tempDir();
      await build(out);
      const base = join(buildStatePath(cache, out), 'base-1.ndjson');
      const lines = (await readFile(base, 'utf8')).split('\n');
      lines[1] = lines[1]!.slice(0, 40);
      await writeFile(base, lines.join('\n'));

      const notices: string[] = [];
      const again = await writeLibraryFromSeeds({
        seedsDir: seeds,
        outDir: out,
        cacheDir: cache,
        onNotice: (m) => notices.push(m),
      });
      expect(notices).toEqual([expect.stringContaining(base)]);
      expect(again.notices).toEqual(notices);
      expect({ read: again.read, ingested: again.ingested, written: again.written }).toEqual({
        read: 3,
        ingested: 0,
        written: 0,
      });
      const fresh = await tempDir();
      await build(fresh);
      expect(await manifest(out)).toEqual(await manifest(fresh));
      // The state written by that build is whole again.
      expect((await build(out)).read).toBe(0);
    },
  );
});
