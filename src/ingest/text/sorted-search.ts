/** Binary searches over sorted numbers and ranges: they keep a 5 MB paragraph linear-ish. */

/** Index of the first element whose key is >= value: the one binary search of the ingest code. */
export function lowerBoundBy<T, K extends number | string>(
  sorted: readonly T[],
  value: K,
  key: (item: T) => K,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element >= value. (The search written out for numbers: the hottest callers
 * search plain positions, and a key function per step cost more than the compare it serves.) */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts a value keeping the array sorted. */
export function insertSorted(sorted: number[], value: number): void {
  // Values mostly come in order, or again where the last one was (an entity seen twice at one
  // place), and the rest a step or two back: a shift from the end puts each where a search would
  // (equal numbers are alike), without the search and the array a splice returns.
  let i = sorted.length;
  sorted.push(value);
  while (i > 0 && sorted[i - 1]! > value) {
    sorted[i] = sorted[i - 1]!;
    i--;
  }
  sorted[i] = value;
}

export interface Range {
  start: number;
  end: number;
}

/** Ranges of one paragraph, sorted by start and not nested, asked whether they touch a position or range. */
export class RangeIndex {
  private readonly starts: number[];
  constructor(private readonly ranges: Range[]) {
    ranges.sort((a, b) => a.start - b.start);
    this.starts = ranges.map((r) => r.start);
  }
  /** True when some range contains the position. */
  contains(at: number): boolean {
    const i = lowerBound(this.starts, at + 1) - 1;
    // (Before the first range, no read of index -1: V8 looks that up as a property name, slowly.)
    if (i < 0) return false;
    const r = this.ranges[i]!;
    return at >= r.start && at < r.end;
  }
  /** The ranges that overlap [start, end), in order. */
  within(start: number, end: number): Range[] {
    const out: Range[] = [];
    for (let i = Math.max(0, lowerBound(this.starts, start) - 1); i < this.ranges.length; i++) {
      const r = this.ranges[i]!;
      if (r.start >= end) break;
      if (r.end > start) out.push(r);
    }
    return out;
  }

  /** True when some range overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = lowerBound(this.starts, end) - 1;
    for (let j = i; j >= 0 && j >= i - 1; j--) {
      const r = this.ranges[j]!;
      if (r.start < end && r.end > start) return true;
    }
    return false;
  }
}

/**
 * Things seen at positions, asked for the latest one seen before a point that passes a test: it
 * walks back from the point instead of asking every thing, so it costs the number of things seen
 * more recently than the answer, not the number of things. The test is read at each call, so it may
 * look at facts learnt after a thing was added (a person's gender). Among several fitting things seen
 * at the same latest position, the one with the lowest key wins: the one a scan in key order meets first.
 */
export class RecencyIndex<T extends { key: number }> {
  // Two sorted lists: what `reset` loads at once (the article's mentions), and what `add` brings
  // later. Later sightings come in reading order, so they are appended; inserting them among the
  // mentions instead moved the whole tail of the list each time.
  private readonly loadedAt: number[] = [];
  private readonly loaded: T[] = [];
  private readonly addedAt: number[] = [];
  private readonly added: T[] = [];

  add(item: T, position: number): void {
    const last = this.addedAt.length - 1;
    // (At or past the last sighting, where most come, a thing seen again where the last was among
    // them: the end is where a search would put it, up to the order of things seen at one position,
    // which `latest` does not read; and no arrays are made, as splices make them.)
    if (last < 0 || this.addedAt[last]! <= position) {
      this.addedAt.push(position);
      this.added.push(item);
      return;
    }
    const i = lowerBound(this.addedAt, position);
    this.addedAt.splice(i, 0, position);
    this.added.splice(i, 0, item);
  }

  /** Replaces what was loaded with these sightings, sorted once. */
  reset(sightings: { item: T; position: number }[]): void {
    sightings.sort((a, b) => a.position - b.position);
    this.forgetLoaded();
    for (const s of sightings) {
      this.loadedAt.push(s.position);
      this.loaded.push(s.item);
    }
  }

  /** Replaces what was loaded with sightings already sorted by position (no two at one position). */
  resetSorted(positions: number[], items: T[]): void {
    this.forgetLoaded();
    for (let i = 0; i < positions.length; i++) {
      this.loadedAt.push(positions[i]!);
      this.loaded.push(items[i]!);
    }
  }

  // (Only when something is loaded: the index is usually loaded once, and setting the length of an
  // empty array still costs a call into the runtime.)
  private forgetLoaded(): void {
    if (this.loaded.length === 0) return;
    this.loadedAt.length = 0;
    this.loaded.length = 0;
  }

  /**
   * The latest fitting item seen before `before` and where, or null. `fits` must be pure: an item
   * met again further back is simply judged again (the same answer, no), which is cheaper than a
   * set of the items judged, made at every call.
   */
  latest(before: number, fits: (item: T) => boolean): { item: T; at: number } | null {
    const { loadedAt, loaded, addedAt, added } = this;
    let i = lowerBound(loadedAt, before) - 1;
    let j = lowerBound(addedAt, before) - 1;
    while (i >= 0 || j >= 0) {
      const fromLoaded = j < 0 || (i >= 0 && loadedAt[i]! >= addedAt[j]!);
      const at = fromLoaded ? loadedAt[i]! : addedAt[j]!;
      const item = fromLoaded ? loaded[i--]! : added[j--]!;
      if (!fits(item)) continue;
      let best = item;
      for (; i >= 0 && loadedAt[i] === at; i--) if (loaded[i]!.key < best.key && fits(loaded[i]!)) best = loaded[i]!;
      for (; j >= 0 && addedAt[j] === at; j--) if (added[j]!.key < best.key && fits(added[j]!)) best = added[j]!;
      return { item: best, at };
    }
    return null;
  }
}
