import { describe, expect, it } from 'vitest';
import type { Article } from '../../ingest/schema';
import { segmentArticle, splitText } from './segments';

const shape = (segs: ReturnType<typeof splitText>) =>
  segs.map((s) => (s.type === 'quote' ? `[${s.quoteId}:${s.text}]` : s.text)).join('');

describe('splitText', () => {
  it('returns the whole text as one plain segment when there are no spans', () => {
    expect(splitText('hello', [])).toEqual([{ type: 'text', text: 'hello', start: 0, end: 5 }]);
    expect(splitText('', [])).toEqual([]);
  });

  it('cuts a quote out of the middle and keeps every character', () => {
    const segs = splitText('He said hello there today', [{ quoteId: 'q', start: 8, end: 19 }]);
    expect(shape(segs)).toBe('He said [q:hello there] today');
    expect(segs.map((s) => s.text).join('')).toBe('He said hello there today');
  });

  it('lets the inner quote win where spans nest', () => {
    const segs = splitText('abcdefghij', [
      { quoteId: 'outer', start: 0, end: 10 },
      { quoteId: 'inner', start: 3, end: 6 },
    ]);
    expect(shape(segs)).toBe('[outer:abc][inner:def][outer:ghij]');
  });

  it('gives a partial overlap to the shorter span', () => {
    const segs = splitText('abcdefghij', [
      { quoteId: 'a', start: 0, end: 6 },
      { quoteId: 'b', start: 4, end: 8 },
    ]);
    expect(shape(segs)).toBe('[a:abcd][b:efgh]ij');
  });

  it('ignores spans out of range, reversed or empty', () => {
    const segs = splitText('short', [
      { quoteId: 'x', start: 2, end: 99 },
      { quoteId: 'y', start: 4, end: 1 },
      { quoteId: 'z', start: 3, end: 3 },
      { quoteId: 'n', start: -1, end: 2 },
    ]);
    expect(shape(segs)).toBe('short');
  });

  it('merges touching spans of the same quote', () => {
    const segs = splitText('abcdef', [
      { quoteId: 'q', start: 0, end: 3 },
      { quoteId: 'q', start: 3, end: 6 },
    ]);
    expect(segs).toHaveLength(1);
  });
});

describe('segmentArticle', () => {
  const article: Pick<Article, 'blocks' | 'tweets' | 'quotes'> = {
    blocks: [
      { type: 'paragraph', role: 'body', text: '“First part of it' },
      { type: 'paragraph', role: 'body', text: '“and the rest,” she said.' },
      { type: 'tweet', tweet: 0 },
    ],
    tweets: [
      {
        id: 't',
        text: 'Tweet words',
        link: null,
        linkText: null,
        displayName: 'A',
        handle: 'a',
        handleText: 'a',
        date: null,
        dateText: '',
        lang: null,
        entities: [],
        speakerId: 's',
      },
    ],
    quotes: [
      {
        id: 'multi',
        speakerId: 's',
        kind: 'direct',
        text: 'First part of it and the rest,',
        cue: null,
        spans: [
          { block: 0, start: 1, end: 17 },
          { block: 1, start: 1, end: 14 },
        ],
      },
      {
        id: 'tw',
        speakerId: 's',
        kind: 'tweet',
        text: 'Tweet words',
        cue: null,
        spans: [{ block: 2, start: 0, end: 11 }],
      },
    ],
  };

  it('renders each span of a multi-paragraph quote and marks only the first', () => {
    const blocks = segmentArticle(article);
    const multi = blocks.flat().filter((s) => s.type === 'quote' && s.quoteId === 'multi');
    expect(multi).toHaveLength(2);
    expect(multi.map((s) => s.type === 'quote' && s.first)).toEqual([true, false]);
    expect(multi.map((s) => s.type === 'quote' && s.last)).toEqual([false, true]);
    expect(multi[1]?.text).toBe('and the rest,');
  });

  it('points tweet-block spans into the tweet text', () => {
    const [, , tweet] = segmentArticle(article);
    expect(tweet).toEqual([
      { type: 'quote', quoteId: 'tw', text: 'Tweet words', start: 0, end: 11, first: true, last: true },
    ]);
  });
});
