/** Binary searches over sorted numbers and ranges: they keep a 5 MB paragraph linear-ish. */

/** Index of the first element >= value. */
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
  sorted.splice(lowerBound(sorted, value), 0, value);
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
    const r = this.ranges[i];
    return r !== undefined && at >= r.start && at < r.end;
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
  private readonly positions: number[] = [];
  private readonly items: T[] = [];

  add(item: T, position: number): void {
    const i = lowerBound(this.positions, position);
    this.positions.splice(i, 0, position);
    this.items.splice(i, 0, item);
  }

  /** Replaces the content with these sightings, sorted once (cheaper than adding them one by one). */
  reset(sightings: { item: T; position: number }[]): void {
    sightings.sort((a, b) => a.position - b.position);
    this.positions.length = 0;
    this.items.length = 0;
    for (const s of sightings) {
      this.positions.push(s.position);
      this.items.push(s.item);
    }
  }

  /** The latest fitting item seen before `before` and where, or null. */
  latest(before: number, fits: (item: T) => boolean): { item: T; at: number } | null {
    // An item met again further back was already judged at its latest sighting.
    const judged = new Set<T>();
    for (let i = lowerBound(this.positions, before) - 1; i >= 0; i--) {
      const item = this.items[i]!;
      if (judged.has(item)) continue;
      judged.add(item);
      if (!fits(item)) continue;
      const at = this.positions[i]!;
      let best = item;
      for (let j = i - 1; j >= 0 && this.positions[j] === at; j--) {
        const other = this.items[j]!;
        if (other.key < best.key && !judged.has(other) && fits(other)) best = other;
      }
      return { item: best, at };
    }
    return null;
  }
}
