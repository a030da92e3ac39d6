// @vitest-environment node
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE,
  MANIFEST_LOG,
  readManifestWithHash,
  updateManifest,
  writeManifest,
  writeSortedManifest,
} from './data-manifest';
import { tempDir } from './test-support/temp-dir';

/** An invented library of `n` articles and its index. */
const library = (n: number, version = 'a') =>
  new Map([
    ['index.json', `i-${version}`],
    ...Array.from({ length: n }, (_, i) => [`articles/pier-${i}.json`, `h${i}`] as const),
  ]);

async function written(n = 20) {
  const out = await tempDir();
  const hash = await writeManifest(out, library(n));
  return { out, hash };
}

describe('the data manifest', () => {
  it('writes the same list, with the same hash, streamed from sorted pairs as from a map', async () => {
    const files = library(30);
    const { out, hash } = await written(30);
    const list = await readFile(join(out, MANIFEST_FILE), 'utf8');
    expect(list).toBe(
      `${JSON.stringify({ writtenBy: 'verbatim', files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1))) })}\n`,
    );

    const streamed = await tempDir();
    // A path given twice keeps its last hash, as a map would.
    const pairs = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
    const twice = pairs.flatMap((pair) => (pair[0] === 'index.json' ? [[pair[0], 'stale'] as const, pair] : [pair]));
    expect(await writeSortedManifest(streamed, twice)).toBe(hash);
    expect(await readFile(join(streamed, MANIFEST_FILE), 'utf8')).toBe(list);
    expect((await readManifestWithHash(streamed)).files).toEqual(files);
  });

  it('appends what changed and went to its log, and reads list and log back as one', async () => {
    const { out, hash } = await written();
    const before = await readManifestWithHash(out);
    expect(before.hash).toBe(hash);
    const list = await readFile(join(out, MANIFEST_FILE), 'utf8');

    const next = library(20, 'b');
    next.delete('articles/pier-3.json');
    const after = await updateManifest(out, before, next);

    expect(await readFile(join(out, MANIFEST_FILE), 'utf8')).toBe(list);
    expect((await readFile(join(out, MANIFEST_LOG), 'utf8')).trim().split('\n')).toEqual([
      '["index.json","i-b"]',
      '["articles/pier-3.json",null]',
    ]);
    const read = await readManifestWithHash(out);
    expect(read.files).toEqual(next);
    expect(read.hash).toBe(after);
    expect(after).not.toBe(hash);
  });

  it('writes nothing when nothing changed', async () => {
    const { out, hash } = await written();
    expect(await updateManifest(out, await readManifestWithHash(out), library(20))).toBe(hash);
    await expect(stat(join(out, MANIFEST_LOG))).rejects.toThrow();
  });

  it('writes the list whole again once the log outgrows a quarter of it', async () => {
    const { out } = await written(8);
    let files = library(8);
    for (let round = 0; round < 3; round++) {
      files = new Map(files).set(`articles/pier-${round}.json`, `edited-${round}`);
      await updateManifest(out, await readManifestWithHash(out), files);
    }
    await expect(stat(join(out, MANIFEST_LOG))).rejects.toThrow();
    expect(JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')).files['articles/pier-2.json']).toBe('edited-2');
    expect((await readManifestWithHash(out)).files).toEqual(files);
  });

  it('trusts nothing when its log ends in a half-written line', async () => {
    const { out } = await written();
    await appendFile(join(out, MANIFEST_LOG), '["articles/pier-1.json","h');
    expect(await readManifestWithHash(out)).toMatchObject({ files: new Map(), hash: '' });
  });

  it('ignores a logged path that is not one of its data files', async () => {
    const { out } = await written();
    await appendFile(join(out, MANIFEST_LOG), '["../../home/notes.txt","x"]\n["index.json",null]\n');
    const { files } = await readManifestWithHash(out);
    expect(files.has('../../home/notes.txt')).toBe(false);
    expect(files.has('index.json')).toBe(false);
  });
});
