import { describe, expect, it } from 'vitest';
import { findMovedSlug, slugKey } from './slug';

describe('slugKey', () => {
  it('is the last segment', () => {
    expect(slugKey('macron-meets-putin-cf5a01')).toBe('cf5a01');
    expect(slugKey('single')).toBe('single');
  });
});

describe('findMovedSlug', () => {
  it('finds the article whose title changed', () => {
    expect(findMovedSlug('old-title-abc123', ['x-1', 'new-title-abc123'])).toBe('new-title-abc123');
  });
  it('returns null when nothing matches', () => {
    expect(findMovedSlug('old-title-abc123', ['x-1', 'abc123-z'])).toBeNull();
    expect(findMovedSlug('same-abc', ['same-abc'])).toBeNull();
  });
});
