import { describe, expect, it } from 'vitest';
import { postingKey } from '../../ingest/library/data-files';
import type { SearchDoc } from '../../ingest/library/library-schema';
import { DataShapeError } from '../../lib/fetch-json';
import { searchQueryFor } from './search-params';
import { runSearch, type SearchSource } from './run-search';

const WINDOW = 4;
const DOCS = 40;

const doc = (id: number): SearchDoc => ({
  slug: `lantern-${id}`,
  title: `Lantern ${id}`,
  date: null,
  quoteId: `q${id}`,
  speakerId: null,
  speakerName: null,
  kind: 'direct',
  text: `words ${id}`,
  cue: null,
});

/** An invented index of 40 documents in windows of 4, one bucket; `lantern` in every third, `quay` in 37 only. */
function source(postings: Record<string, number[]>) {
  const lists = new Map<string, unknown>();
  for (const [term, ids] of Object.entries(postings))
    for (const id of ids) {
      const key = postingKey(term, Math.floor(id / WINDOW));
      const list = (lists.get(key) as number[] | undefined) ?? [];
      const start = Math.floor(id / WINDOW) * WINDOW;
      list.push(id - start - list.reduce((a, b) => a + b, 0));
      lists.set(key, list);
    }
  const reads: number[] = [];
  const src: SearchSource = {
    index: { search: { docs: DOCS, docsPerFile: 100, window: WINDOW, buckets: 1 }, years: [] },
    terms: async () => {
      reads.push(1);
      return lists;
    },
    docs: async () => ({ first: 0, docs: Array.from({ length: DOCS }, (_, i) => doc(i)) }),
  };
  return { src, reads, lists };
}

const query = (q: string, limit = 20) => searchQueryFor(q, { limit });
const every = (step: number) => Array.from({ length: Math.ceil(DOCS / step) }, (_, i) => i * step);

describe('runSearch', () => {
  it('finds the ids of every window, newest first, whatever the batch they were read in', async () => {
    const { src } = source({ lantern: every(3), quay: [37] });
    const result = await runSearch(src, query('lantern'));
    expect(result.hits.map((h) => h.id)).toEqual(every(3));
    expect(result.complete).toBe(true);
    expect((await runSearch(src, query('lantern quay'))).hits.map((h) => h.id)).toEqual([]);
    expect((await runSearch(src, query('quay'))).hits.map((h) => h.title)).toEqual(['Lantern 37']);
  });

  it('stops once a screen is full and says more may follow', async () => {
    const { src } = source({ lantern: every(1) });
    const result = await runSearch(src, query('lantern', 5));
    expect(result.hits.map((h) => h.id)).toEqual([0, 1, 2, 3, 4]);
    expect(result.complete).toBe(false);
  });

  it('reads one window when asked to (warming while the words are typed)', async () => {
    const { src, reads } = source({ lantern: every(3) });
    const result = await runSearch(src, query('lantern'), { windows: 1 });
    expect(result.hits.map((h) => h.id)).toEqual([0, 3]);
    expect(reads).toHaveLength(1);
  });

  it('stops before the next batch of windows when told to (newer words were typed)', async () => {
    const { src, reads } = source({ quay: [37] });
    let batches = 0;
    const result = await runSearch(src, query('quay'), { stop: () => ++batches > 2 });
    // Batches of 1 and 2 windows read, then stopped: window 9, which holds 37, is never reached.
    expect(reads).toHaveLength(3);
    expect(result.hits).toEqual([]);
  });

  it('checks the posting lists and documents it reads', async () => {
    const { src, lists } = source({ lantern: [1] });
    lists.set(postingKey('lantern', 0), ['one']);
    await expect(runSearch(src, query('lantern'))).rejects.toBeInstanceOf(DataShapeError);
    const bad = source({ lantern: [1] }).src;
    bad.docs = async () => ({ first: 0, docs: [doc(0), { slug: 1 }] });
    await expect(runSearch(bad, query('lantern'))).rejects.toBeInstanceOf(DataShapeError);
  });
});
