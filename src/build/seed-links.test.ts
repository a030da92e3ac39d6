// @vitest-environment node
// Symbolic links in the seeds folder: followed only to files inside it, in every path that reads
// seeds (the loader, the ingest CLI, the production build and the dev server).
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { ingestSeedFile, loadSeeds } from './load-seeds';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';
import { verbatim } from './vite-plugin-verbatim';

const SECRET = 'root:x:0:0:SECRET-MARKER:/root:/bin/bash';

/** A seeds folder with good files, a link out to a "password file", a dangling link and a link in. */
async function seedsWithLinks() {
  const outside = await tempDir();
  await writeFile(join(outside, 'passwd'), `${SECRET}\n`);
  const seeds = await tempDir();
  await writeFixtures(seeds, GOOD_FILES);
  await symlink(join(outside, 'passwd'), join(seeds, 'passwd.txt'));
  await symlink(join(seeds, 'gone.txt'), join(seeds, 'dangling.txt'));
  await symlink('good_harbour.txt', join(seeds, 'harbour-again.txt'));
  await symlink('loop-b.txt', join(seeds, 'loop-a.txt'));
  await symlink('loop-a.txt', join(seeds, 'loop-b.txt'));
  return { seeds, outside };
}

describe('symbolic links in the seeds folder', () => {
  it('skips a link that leads outside, names a dangling link and a loop, and follows a link inside', async () => {
    const { seeds, outside } = await seedsWithLinks();
    const outcomes = await loadSeeds(seeds);
    const byName = new Map(outcomes.map((o) => [o.source, o]));
    expect(byName.get('passwd.txt')).toEqual({
      source: 'passwd.txt',
      ok: false,
      message: `passwd.txt: skipped: a symbolic link to ${join(outside, 'passwd')}, outside the seeds folder (only links to files inside it are followed)`,
    });
    expect(byName.get('dangling.txt')).toMatchObject({
      ok: false,
      message: `dangling.txt: dangling symbolic link: it points to ${join(seeds, 'gone.txt')}, which does not exist`,
    });
    expect(byName.get('loop-a.txt')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^loop-a\.txt: symbolic link loop/),
    });
    expect(byName.get('harbour-again.txt')).toMatchObject({ ok: true });
    expect(JSON.stringify(outcomes)).not.toContain('SECRET-MARKER');
  });

  it('also skips a link out when the seeds folder itself is reached through a link', async () => {
    const { seeds } = await seedsWithLinks();
    const linkedSeeds = join(await tempDir(), 'seeds-link');
    await symlink(seeds, linkedSeeds);
    expect(await ingestSeedFile(linkedSeeds, 'harbour-again.txt')).toMatchObject({ ok: true });
    expect(await ingestSeedFile(linkedSeeds, 'passwd.txt')).toMatchObject({
      ok: false,
      message: expect.stringContaining('outside the seeds folder'),
    });
  });

  it('the ingest CLI says so per file and writes nothing from outside', { timeout: 60_000 }, async () => {
    const { seeds } = await seedsWithLinks();
    const out = await tempDir();
    const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^FAILED {2}passwd\.txt: skipped: a symbolic link to .*outside the seeds folder/m);
    expect(run.stdout).toMatch(/^FAILED {2}dangling\.txt: dangling symbolic link/m);
    expect(run.stdout).not.toContain('disappeared');
    const written = await Promise.all(
      (await readdir(join(out, 'articles'))).map((f) => readFile(join(out, 'articles', f), 'utf8')),
    );
    expect(written.join('\n')).not.toContain('SECRET-MARKER');
  });

  it(
    'the production build and the dev server list the link as a failure and never publish it',
    { timeout: 60_000 },
    async () => {
      const { seeds } = await seedsWithLinks();
      const root = await tempDir();
      await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
      const outDir = join(root, 'dist');
      await build({
        configFile: false,
        root,
        logLevel: 'silent',
        plugins: [verbatim({ seedsDir: seeds })],
        build: { outDir },
      });
      const built = LibraryIndexSchema.parse(JSON.parse(await readFile(join(outDir, 'data/index.json'), 'utf8')));
      expect(built.failures.map((f) => f.source)).toEqual(expect.arrayContaining(['passwd.txt', 'dangling.txt']));
      const files = await readdir(join(outDir, 'data/articles'));
      const texts = await Promise.all(files.map((f) => readFile(join(outDir, 'data/articles', f), 'utf8')));
      expect(texts.join('\n')).not.toContain('SECRET-MARKER');

      const server = await createServer({
        configFile: false,
        root,
        mode: 'development',
        logLevel: 'silent',
        plugins: [verbatim({ seedsDir: seeds })],
        server: { port: 0, host: '127.0.0.1' },
      });
      try {
        await server.listen();
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const served = LibraryIndexSchema.parse(await (await fetch(`http://127.0.0.1:${port}/data/index.json`)).json());
        expect(served.failures.find((f) => f.source === 'passwd.txt')?.message).toContain('outside the seeds folder');
        expect(JSON.stringify(served)).not.toContain('SECRET-MARKER');
      } finally {
        await server.close();
      }
    },
  );
});
