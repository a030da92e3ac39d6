/**
 * An external sort: items added in any order are held a run at a time; each full run is sorted and
 * written to its own file, and `sorted()` reads every run back at once, a few kilobytes of each,
 * merged into one ordered stream. A build from scratch orders its tens of thousands of items
 * (the manifest's paths, the articles by date and title) this way, so what it holds in memory is a
 * run, not the whole library.
 *
 * The merge is stable: items that compare equal come out in the order they were added.
 */
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface SortedRunsOptions<T> {
  /** Folder for the run files (a scratch folder the caller removes). */
  dir: string;
  compare: (a: T, b: T) => number;
  /** One line of a run file (no newline inside); `fromLine` reads it back. */
  toLine: (item: T) => string;
  fromLine: (line: string) => T;
  /** Items held before a run is sorted and written. */
  runSize: number;
}

export class SortedRuns<T> {
  private held: T[] = [];
  private runs = 0;
  private made = false;
  private count = 0;

  constructor(private readonly options: SortedRunsOptions<T>) {}

  /** Items added so far. */
  get size(): number {
    return this.count;
  }

  async add(item: T): Promise<void> {
    this.held.push(item);
    this.count++;
    if (this.held.length >= this.options.runSize) await this.writeRun();
  }

  private async writeRun() {
    const { dir, compare, toLine } = this.options;
    if (!this.made) await mkdir(dir, { recursive: true });
    this.made = true;
    const lines = this.held.sort(compare).map(toLine);
    this.held = [];
    await writeFile(join(dir, `run-${this.runs++}.txt`), lines.length ? `${lines.join('\n')}\n` : '');
  }

  /** Every item added, in order. Items added later are not seen; call it once adding is done. */
  async *sorted(): AsyncGenerator<T> {
    const { compare, fromLine } = this.options;
    if (this.runs === 0) {
      // Everything fits in one run: no file.
      yield* [...this.held].sort(compare);
      return;
    }
    if (this.held.length) await this.writeRun();
    const streams = Array.from({ length: this.runs }, (_, n) =>
      createReadStream(join(this.options.dir, `run-${n}.txt`), { encoding: 'utf8', highWaterMark: 1 << 16 }),
    );
    // Closed however the merge ends: a caller that throws mid-way (a failed build) stops iterating,
    // and neither readline nor an abandoned iterator closes the files (a dev server would leak them).
    try {
      const readers = streams.map((input) => createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]());
      const heads: (T | undefined)[] = [];
      for (const reader of readers) heads.push(await next(reader));
      for (;;) {
        // Few runs (a library's worth is tens of them): a scan of the heads beats a heap here.
        let best = -1;
        for (let n = 0; n < heads.length; n++) {
          const head = heads[n];
          if (head === undefined) continue;
          // Strictly smaller only: on a tie the earlier run (added earlier) goes first.
          if (best < 0 || compare(head, heads[best]!) < 0) best = n;
        }
        if (best < 0) return;
        yield heads[best]!;
        heads[best] = await next(readers[best]!);
      }
    } finally {
      for (const stream of streams) stream.destroy();
    }

    async function next(reader: AsyncIterator<string>): Promise<T | undefined> {
      const { value, done } = await reader.next();
      return done ? undefined : fromLine(value);
    }
  }
}
