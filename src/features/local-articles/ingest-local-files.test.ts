import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../build/build-library';
import { ingestSeedFile, loadSeeds } from '../../build/load-seeds';
import { PROJECT_ROOT } from '../../build/project-root';
import { tempDir } from '../../build/test-support/temp-dir';
import { withRepairs } from '../../build/load-spellers';
import { ingestLocalFiles } from './ingest-local-files';

const FOLDERS = ['seeds', 'e2e/fixtures', 'src/ingest/__fixtures__'].map((dir) => join(PROJECT_ROOT, dir));

async function filesOf(dir: string) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

// Dictionaries take a second or more to read on a busy machine.
describe('ingestLocalFiles', { timeout: 30_000 }, () => {
  it.each(FOLDERS)('gives the JSON and the messages the build gives (%s)', async (dir) => {
    const library = buildLibrary(await loadSeeds(dir));
    const local = await ingestLocalFiles(await filesOf(dir), [], withRepairs);
    expect(local.map((o) => o.source)).toEqual(library.outcomes.map((o) => o.source));
    for (const [i, outcome] of local.entries()) {
      const built = library.outcomes[i]!;
      if (outcome.ok && built.ok) expect(outcome.article).toEqual(built.article);
      else expect(outcome.ok ? 'ok' : outcome.message).toBe(built.ok ? 'ok' : built.message);
    }
  });

  it('names each bad file with the message the CLI prints for it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\u00a0\n');
    await writeFile(
      join(dir, 'image.txt'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const local = await ingestLocalFiles(await filesOf(dir), [], withRepairs);
    for (const outcome of local) {
      const cli = await ingestSeedFile(dir, outcome.source);
      expect(outcome.ok).toBe(false);
      expect(cli.ok).toBe(false);
      if (!outcome.ok && !cli.ok) expect(outcome.message).toBe(cli.message);
    }
  });

  it('refuses a file that is not .txt, by name', async () => {
    const [outcome] = await ingestLocalFiles(
      [{ name: 'notes.pdf', bytes: new Uint8Array([1, 2, 3]) }],
      [],
      withRepairs,
    );
    expect(outcome).toEqual({ source: 'notes.pdf', ok: false, message: 'notes.pdf: not a .txt file' });
  });

  it('keeps slugs clear of the taken ones, saying so as the build does', async () => {
    const [seed] = await filesOf(join(PROJECT_ROOT, 'seeds'));
    const first = (await ingestLocalFiles([seed!], [], withRepairs))[0]!;
    if (!first.ok) throw new Error(first.message);
    const second = (await ingestLocalFiles([seed!], [first.article.slug], withRepairs))[0]!;
    if (!second.ok) throw new Error(second.message);
    expect(second.article.slug).toBe(`${first.article.slug}-2`);
    expect(second.article.warnings.at(-1)?.code).toBe('duplicate-slug');
  });

  it('gives each article its library summary', async () => {
    const [seed] = await filesOf(join(PROJECT_ROOT, 'seeds'));
    const outcome = (await ingestLocalFiles([seed!], [], withRepairs))[0]!;
    const library = buildLibrary(await loadSeeds(join(PROJECT_ROOT, 'seeds')));
    expect(outcome.ok && outcome.summary).toEqual(library.index.articles[0]);
  });
});
