import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../ingest/schema';
import { sortArticles } from './sort-articles';

const a = (title: string, date: string | null): ArticleSummary => ({
  slug: title, source: `${title}.txt`, title, date, author: null, dateline: null, speakers: [],
  quoteCount: 0, tweetCount: 0, warningCount: 0,
});

describe('sortArticles', () => {
  it('puts the newest first and undated articles last', () => {
    const sorted = sortArticles([a('old', '2020-01-01'), a('undated', null), a('new', '2023-05-02'), a('mid', '2021-07-30')]);
    expect(sorted.map((x) => x.title)).toEqual(['new', 'mid', 'old', 'undated']);
  });
  it('does not change its input', () => {
    const input = [a('x', null), a('y', '2020-01-01')];
    sortArticles(input);
    expect(input[0]?.title).toBe('x');
  });
});
