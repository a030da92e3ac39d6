import { describe, expect, it } from 'vitest';
import type { Article } from '../../ingest/schema';
import { buildReaderModel, isDimmed, quoteDescription } from './reader-model';

const article: Article = {
  slug: 'a-1', source: 'a.txt', title: 'T', date: null, author: null, dateline: null, standfirst: null,
  correspondentNote: null, language: 'en', tweets: [], mentions: [], warnings: [],
  blocks: [
    { type: 'paragraph', role: 'body', text: 'one two three' },
    { type: 'paragraph', role: 'body', text: 'four five' },
  ],
  speakers: [
    { id: 'ann', name: 'Ann Lee', aliases: [], role: 'Mayor', handle: null, kind: 'person', quoteCount: 1, tweetCount: 0 },
  ],
  quotes: [
    { id: 'late', speakerId: null, kind: 'reported', text: 'five', spans: [{ block: 1, start: 5, end: 9 }], cue: null },
    { id: 'early', speakerId: 'ann', kind: 'direct', text: 'two', spans: [{ block: 0, start: 4, end: 7 }], cue: null },
  ],
};

describe('buildReaderModel', () => {
  it('orders quotes by where they first stand', () => {
    expect(buildReaderModel(article).order.map((q) => q.id)).toEqual(['early', 'late']);
  });
  it('describes who said a quote and how', () => {
    const m = buildReaderModel(article);
    expect(quoteDescription(m, m.quotes.get('early')!)).toBe('Ann Lee, Mayor — direct quote');
    expect(quoteDescription(m, m.quotes.get('late')!)).toBe('Speaker unknown — reported speech');
  });
});

describe('isDimmed', () => {
  it('dims only other speakers’ quotes while a filter is on', () => {
    const q = article.quotes[1]!;
    expect(isDimmed(q, new Set())).toBe(false);
    expect(isDimmed(q, new Set(['ann']))).toBe(false);
    expect(isDimmed(q, new Set(['bob']))).toBe(true);
    expect(isDimmed(article.quotes[0]!, new Set(['ann']))).toBe(true);
  });
});
