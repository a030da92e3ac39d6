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
