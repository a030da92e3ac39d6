// @vitest-environment node
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SortedRuns } from './sorted-runs';
import { tempDir } from './test-support/temp-dir';

/** Invented items: a word to sort by and the order it was added in. */
type Item = [string, number];

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function runsOf(words: readonly string[], runSize: number) {
  const dir = join(await tempDir(), 'runs');
  const runs = new SortedRuns<Item>({
    dir,
    compare: ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0),
    toLine: (item) => JSON.stringify(item),
    fromLine: (line) => JSON.parse(line) as Item,
    runSize,
  });
  for (const [i, word] of words.entries()) await runs.add([word, i]);
  return { runs, dir };
}

describe('sorted runs', () => {
  const words = ['pear', 'fig', 'apple', 'fig', 'kiwi', 'date', 'apple', 'plum', 'fig', 'lime', 'cherry'];
  const expected = words.map((word, i): Item => [word, i]).sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j));

  it('merges runs written to disk into one order, equal items in the order they came', async () => {
    const { runs, dir } = await runsOf(words, 3);
    expect(runs.size).toBe(words.length);
    expect(await collect(runs.sorted())).toEqual(expected);
    expect((await readdir(dir)).length).toBe(4);
  });

  it('sorts in memory when everything fits in one run', async () => {
    const { runs, dir } = await runsOf(words, 100);
    expect(await collect(runs.sorted())).toEqual(expected);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('closes its run files when the reader stops early or throws (a build that fails mid-way)', async () => {
    const openFiles = async () =>
      (
        await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')))
      ).filter((target) => target.includes('run-')).length;
    // Runs larger than a read's buffer (64 kB), so no file has been read to its end and closed.
    const many = Array.from({ length: 20_000 }, (_, i) => `word ${(i * 7_919) % 20_000}`.padEnd(60, '.'));
    const { runs } = await runsOf(many, 5_000);
    for await (const item of runs.sorted()) {
      expect(item[0]).toBe([...many].sort()[0]);
      expect(await openFiles()).toBe(4);
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
    expect(await openFiles()).toBe(0);
    await expect(
      (async () => {
        for await (const _ of runs.sorted()) throw new Error('the build failed');
      })(),
    ).rejects.toThrow('the build failed');
    await new Promise((done) => setTimeout(done, 50));
    expect(await openFiles()).toBe(0);
  });

  it('gives nothing when nothing was added', async () => {
    const { runs } = await runsOf([], 3);
    expect(await collect(runs.sorted())).toEqual([]);
  });
});
