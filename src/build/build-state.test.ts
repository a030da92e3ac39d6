// @vitest-environment node
import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildStateStore, type StateEntry, type StateMeta } from './build-state';
import { tempDir } from './test-support/temp-dir';

const CODE = 'code-1';

/** An invented article's entry and record: `n` tells them apart, `title` pads them out. */
function article(n: number, title = `Lantern fair number ${n}`) {
  const slug = `lantern-fair-${n}`;
  const entry: Omit<StateEntry, 'blob'> = {
    source: `fair-${String(n).padStart(3, '0')}.txt`,
    size: 100 + n,
    mtimeMs: 1_000 + n,
    key: `key-${n}`,
    baseSlug: slug,
    slug,
    title,
    date: '2024-05-01',
    quoteCount: 1,
    tweetCount: 0,
    docs: 2,
    speakers: 'mira-sollen/0123456789ab',
    warningsJson: '[]',
  };
  const record = {
    summaryJson: JSON.stringify({ slug, title }),
    speakerJsons: [JSON.stringify({ id: 'mira-sollen', name: 'Mira Sollen' })],
  };
  return { entry, record };
}

const meta = (manifestHash: string): StateMeta => ({
  manifestHash,
  windows: ['w0'],
  pages: { date: ['d0'], title: ['t0'] },
});

async function addArticle(store: BuildStateStore, n: number, title?: string): Promise<StateEntry> {
  const { entry, record } = article(n, title);
  return { ...entry, blob: await store.addRecord(record) };
}

/** A state of `count` articles committed beside manifest `m1`. */
async function committedState(count = 3) {
  const dir = join(await tempDir(), 'state');
  const { store, previous, notice } = await BuildStateStore.open(dir, CODE, 'm1');
  expect({ previous, notice }).toEqual({ previous: null, notice: null });
  const entries: StateEntry[] = [];
  for (let n = 0; n < count; n++) entries.push(await addArticle(store, n));
  await store.commit(entries, entries, [], meta('m1'));
  await store.close();
  return { dir, entries };
}

const reopen = (dir: string, manifestHash: string, code = CODE) => BuildStateStore.open(dir, code, manifestHash);

describe('BuildStateStore', () => {
  it('saves the entry lines a build from scratch hands over as it goes, as if given whole at the commit', async () => {
    const { dir: whole, entries } = await committedState(3);
    const dir = join(await tempDir(), 'state');
    const { store } = await BuildStateStore.open(dir, CODE, 'm1');
    const slim: StateEntry[] = [];
    for (let n = 0; n < 3; n++) {
      const entry = await addArticle(store, n);
      await store.addEntry(entry);
      // The build keeps a slimmer copy; the saved lines are the full ones.
      slim.push({ ...entry, speakers: '', warningsJson: '[]' });
    }
    await store.commit(slim, slim, [], meta('m1'));
    await store.close();
    expect(await readFile(join(dir, 'base-1.ndjson'), 'utf8')).toBe(
      await readFile(join(whole, 'base-1.ndjson'), 'utf8'),
    );
    expect((await readdir(dir)).sort()).toEqual(['CURRENT', 'base-1.ndjson', 'blobs-1.tsv']);
    const reopened = await reopen(dir, 'm1');
    await reopened.store.close();
    expect([...(reopened.previous?.entries.values() ?? [])]).toEqual(entries);
  });

  it('leaves no saved lines behind when a build from scratch stops before its commit', async () => {
    const dir = join(await tempDir(), 'state');
    const { store } = await BuildStateStore.open(dir, CODE, 'm1');
    await store.addEntry(await addArticle(store, 0));
    await store.close();
    expect(await readdir(dir)).toEqual(['blobs-1.tsv']);
    const reopened = await reopen(dir, 'm1');
    await reopened.store.close();
    expect(reopened.previous).toBeNull();
  });

  it('gives back every entry, record and signature it committed', async () => {
    const { dir, entries } = await committedState();
    const { store, previous, notice } = await reopen(dir, 'm1');
    expect(notice).toBeNull();
    expect(previous?.meta).toEqual(meta('m1'));
    expect([...(previous?.entries.values() ?? [])]).toEqual(entries);
    expect(await store.record(entries[1]!)).toEqual(article(1).record);
    await store.close();
  });

  it('reads records back at once, many at a time, while later ones are still being written', async () => {
    const dir = join(await tempDir(), 'state');
    const { store } = await BuildStateStore.open(dir, CODE, 'm1');
    const entries: StateEntry[] = [];
    for (let n = 0; n < 300; n++) entries.push(await addArticle(store, n, `${n} ${'lantern '.repeat(600)}`));
    const titles = await Promise.all(entries.map(async (e) => JSON.parse((await store.record(e)).summaryJson).title));
    await store.close();
    expect(titles.map((t: string) => t.split(' ')[0])).toEqual(entries.map((_, n) => String(n)));
  });

  it('appends only what changed to a log, and reads base and log back as one', async () => {
    const { dir, entries } = await committedState();
    const base = await readFile(join(dir, 'base-1.ndjson'), 'utf8');
    const { store } = await reopen(dir, 'm1');
    const changed = await addArticle(store, 1, 'Lantern fair moved to the quay');
    const next = [entries[0]!, changed];
    await store.commit(next, [changed], [entries[2]!.source], meta('m2'));
    await store.close();

    expect(await readFile(join(dir, 'base-1.ndjson'), 'utf8')).toBe(base);
    const log = await readFile(join(dir, 'log-1.ndjson'), 'utf8');
    expect(log.trim().split('\n')).toHaveLength(3); // the changed entry, the gone source, the commit
    const again = await reopen(dir, 'm2');
    expect([...(again.previous?.entries.values() ?? [])]).toEqual(next);
    expect(JSON.parse((await again.store.record(changed)).summaryJson)).toMatchObject({
      title: 'Lantern fair moved to the quay',
    });
    await again.store.close();
  });

  it('loses no article when the log ends in a half-written line after its last commit', async () => {
    const { dir, entries } = await committedState();
    const { store } = await reopen(dir, 'm1');
    await store.commit(entries, [], [], meta('m2'));
    await store.close();
    await appendFile(join(dir, 'log-1.ndjson'), '{"e":{"source":"fair-0');
    const { store: again, previous, notice } = await reopen(dir, 'm2');
    await again.close();
    expect(notice).toBeNull();
    expect([...(previous?.entries.values() ?? [])]).toEqual(entries);
  });

  it('starts over, saying so and naming the log, when a stopped build left changes without their commit', async () => {
    const { dir } = await committedState();
    // A build that wrote its manifest (m2) and was stopped while appending its log.
    await appendFile(join(dir, 'log-1.ndjson'), '{"gone":"fair-001.txt"}\n{"commit":{"manifestHash":"m2"');
    const { store, previous, notice } = await reopen(dir, 'm2');
    expect(previous).toBeNull();
    expect(notice).toContain(join(dir, 'log-1.ndjson'));
    expect(notice).toContain('building everything again');
    // The full build that follows writes a new generation, which reads back whole.
    const entries = [await addArticle(store, 7)];
    await store.commit(entries, entries, [], meta('m3'));
    await store.close();
    const again = await reopen(dir, 'm3');
    await again.store.close();
    expect(again.previous?.entries.get('fair-007.txt')).toEqual(entries[0]);
    expect((await readdir(dir)).sort()).toEqual(['CURRENT', 'base-2.ndjson', 'blobs-2.tsv']);
  });

  it('names the file and starts over when the base is unreadable', async () => {
    const { dir } = await committedState();
    const path = join(dir, 'base-1.ndjson');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[2] = '{"source":"fair-001.txt",';
    await writeFile(path, lines.join('\n'));
    const { store, previous, notice } = await reopen(dir, 'm1');
    await store.close();
    expect(previous).toBeNull();
    expect(notice).toMatch(/^the build state .*base-1\.ndjson is unreadable \(.+\); building everything again$/);
  });

  it('names the records file when it is shorter than the records the entries point at', async () => {
    const { dir } = await committedState();
    await truncate(join(dir, 'blobs-1.tsv'), 10);
    const { store, previous, notice } = await reopen(dir, 'm1');
    await store.close();
    expect(previous).toBeNull();
    expect(notice).toContain('blobs-1.tsv');
  });

  it('trusts nothing written by other ingest code or beside another manifest, without a notice', async () => {
    const { dir } = await committedState();
    for (const [manifest, code] of [
      ['m1', 'code-2'],
      ['m9', CODE],
    ] as const) {
      const { store, previous, notice } = await reopen(dir, manifest, code);
      await store.close();
      expect({ previous, notice }).toEqual({ previous: null, notice: null });
    }
  });

  it('compacts a long log into a new generation and drops the old files', async () => {
    const { dir, entries } = await committedState(40);
    let current = entries;
    for (let round = 0; round < 40; round++) {
      const { store, previous } = await reopen(dir, `m${round + 1}`);
      expect(previous?.entries.size).toBe(40);
      const changed = await addArticle(store, round, `Lantern fair, round ${round}, ${'lanterns '.repeat(200)}`);
      current = current.map((e) => (e.source === changed.source ? changed : e));
      await store.commit(current, [changed], [], meta(`m${round + 2}`));
      await store.close();
    }
    const files = await readdir(dir);
    expect(files).not.toContain('base-1.ndjson');
    expect(files.filter((f) => f.startsWith('base-'))).toHaveLength(1);
    const { store, previous } = await reopen(dir, 'm41');
    expect([...(previous?.entries.values() ?? [])].sort((a, b) => (a.source < b.source ? -1 : 1))).toEqual(current);
    expect(JSON.parse((await store.record(current[39]!)).summaryJson).title).toMatch(/^Lantern fair, round 39,/);
    await store.close();
  });

  it('copies the live records to a new file when dead ones outweigh them', async () => {
    const big = 'paper lanterns '.repeat(2_000);
    const { dir } = await committedState(0);
    let current: StateEntry[] = [];
    for (let round = 0; round < 8; round++) {
      const { store } = await reopen(dir, `m${round + 1}`);
      current = [];
      for (let n = 0; n < 20; n++) current.push(await addArticle(store, n, `${round} ${big}`));
      await store.commit(current, current, [], meta(`m${round + 2}`));
      await store.close();
    }
    const blobs = (await readdir(dir)).filter((f) => f.startsWith('blobs-'));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]).not.toBe('blobs-1.tsv');
    const { store, previous } = await reopen(dir, 'm9');
    const entry = previous?.entries.get('fair-019.txt');
    expect(entry && JSON.parse((await store.record(entry)).summaryJson).title).toBe(`7 ${big}`);
    await store.close();
  });
});
