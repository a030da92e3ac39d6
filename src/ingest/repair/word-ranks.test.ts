import { describe, expect, it } from 'vitest';
import { rankWords } from './word-ranks';

describe('rankWords', () => {
  it('ranks words from 1, by their lower case, keeping the better place of a word listed twice', () => {
    const ranks = rankWords(['le', 'chat', 'Dort', 'chat']);
    expect(ranks.rankOf('le')).toBe(1);
    expect(ranks.rankOf('Chat')).toBe(2);
    expect(ranks.rankOf('dort')).toBe(3);
    expect(ranks.rankOf('chien')).toBeUndefined();
    expect(ranks.size).toBe(4);
  });
});
