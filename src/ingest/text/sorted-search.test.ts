import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentences';
import { lowerBound, lowerBoundBy } from './sorted-search';

describe('lowerBound and lowerBoundBy', () => {
  it('find the first element not below the value, with repeats and at both ends', () => {
    const sorted = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((v) => lowerBound(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 5)).toBe(0);
    expect(lowerBoundBy([{ at: 2 }, { at: 9 }], 5, (x) => x.at)).toBe(1);
  });

  it('sentenceAt finds the sentence holding an offset through the same search', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ];
    expect([0, 9, 10, 11, 25, 99].map((at) => sentenceAt(sentences, at))).toEqual([0, 0, 0, 1, 2, 2]);
    expect(sentenceAt([{ start: 5, end: 9 }], 2)).toBe(-1);
  });
});
