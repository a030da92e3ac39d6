import { describe, expect, it } from 'vitest';
import type { TweetEntity } from '../../ingest/schema';
import { splitTweetText } from './tweet-text';

const text = 'Hi @bob see #News https://t.co/x';
const entities: TweetEntity[] = [
  { type: 'mention', start: 3, end: 7, text: '@bob', href: 'https://x.com/bob' },
  { type: 'hashtag', start: 12, end: 17, text: '#News', href: 'https://x.com/hashtag/News' },
  { type: 'url', start: 18, end: 32, text: 'https://t.co/x', href: 'https://t.co/x' },
];

describe('splitTweetText', () => {
  it('splits text into plain parts and entities in order', () => {
    expect(splitTweetText(text, entities).map((p) => `${p.type}:${p.text}`)).toEqual([
      'text:Hi ',
      'mention:@bob',
      'text: see ',
      'hashtag:#News',
      'text: ',
      'url:https://t.co/x',
    ]);
  });

  it('keeps entities with unsafe hrefs as plain text', () => {
    const bad: TweetEntity[] = [{ type: 'url', start: 0, end: 2, text: 'Hi', href: 'javascript:alert(1)' }];
    expect(splitTweetText('Hi there', bad)).toEqual([{ type: 'text', text: 'Hi there' }]);
  });

  it('ignores out-of-range and overlapping entities', () => {
    const odd: TweetEntity[] = [
      { type: 'mention', start: 3, end: 7, text: '@bob', href: 'https://x.com/bob' },
      { type: 'hashtag', start: 5, end: 9, text: 'x', href: 'https://x.com/h' },
      { type: 'url', start: 30, end: 99, text: 'x', href: 'https://t.co/y' },
    ];
    expect(splitTweetText(text, odd).map((p) => p.type)).toEqual(['text', 'mention', 'text']);
  });

  it('splits only the asked range', () => {
    expect(splitTweetText(text, entities, 5, 14).map((p) => `${p.type}:${p.text}`)).toEqual([
      'mention:ob',
      'text: see ',
      'hashtag:#N',
    ]);
  });
});
