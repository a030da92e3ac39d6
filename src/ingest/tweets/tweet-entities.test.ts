import { describe, expect, it } from 'vitest';
import type { TweetEntity } from '../schema';
import { findTweetEntities } from './tweet-entities';

/** Every entity's offsets point at its own text in the tweet. */
function expectOffsetsRight(text: string, entities: TweetEntity[]) {
  for (const entity of entities) {
    expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(entity.href).toMatch(/^https?:\/\//);
  }
}

describe('findTweetEntities', () => {
  it('finds hashtags, mentions and urls in order with correct offsets', () => {
    const text = 'Day one of the #ValmeraStrike. Thanks @HarbourCrews, photos at https://example.org/strike?day=1.';
    const entities = findTweetEntities(text);
    const url = 'https://example.org/strike?day=1';
    expect(entities).toEqual([
      { type: 'hashtag', start: 15, end: 29, text: '#ValmeraStrike', href: 'https://x.com/hashtag/ValmeraStrike' },
      { type: 'mention', start: 38, end: 51, text: '@HarbourCrews', href: 'https://x.com/HarbourCrews' },
      { type: 'url', start: text.indexOf(url), end: text.indexOf(url) + url.length, text: url, href: url },
    ]);
    expectOffsetsRight(text, entities);
  });

  it('counts offsets in UTF-16 code units, after emoji and accents', () => {
    const text = 'Fête 🎉🎉 à #Marseille avec @BLacaze_Maire';
    const entities = findTweetEntities(text);
    expect(entities.map((e) => e.text)).toEqual(['#Marseille', '@BLacaze_Maire']);
    expectOffsetsRight(text, entities);
  });

  it('links accented hashtags with an encoded search URL', () => {
    const [tag] = findTweetEntities('Vive la #Fête');
    expect(tag).toMatchObject({ type: 'hashtag', text: '#Fête', href: 'https://x.com/hashtag/F%C3%AAte' });
  });

  it('does not take numbers, e-mail addresses or HTML entities for hashtags or mentions', () => {
    expect(findTweetEntities('We are #1 again, write to press@valmera.example or use &#39; freely')).toEqual([]);
  });

  it('does not link a mention longer than 15 characters', () => {
    expect(findTweetEntities('Thanks @a_much_too_long_handle_x')).toEqual([]);
  });

  it('drops trailing punctuation from a url', () => {
    const text = 'See (https://example.org/a/b), then https://example.org/c!';
    const urls = findTweetEntities(text).filter((e) => e.type === 'url');
    expect(urls.map((u) => u.text)).toEqual(['https://example.org/a/b', 'https://example.org/c']);
    expectOffsetsRight(text, urls);
  });

  it('links only http(s) URLs', () => {
    const text = 'javascript:alert(1) ftp://files.example/x data:text/html,hi http://plain.example/';
    const start = text.indexOf('http://plain');
    expect(findTweetEntities(text)).toEqual([
      { type: 'url', start, end: text.length, text: 'http://plain.example/', href: 'http://plain.example/' },
    ]);
  });

  it.each([
    ['a "<" in the url', 'Look https://t.co/<svg/onload=alert(1)> now'],
    ['a double quote in the url', 'Look https://example.org/"onmouseover="alert(1) now'],
    ['a ">" in the url', 'Look https://example.org/a>b now'],
    ['a single quote in the url', "Look https://example.org/it's now"],
  ])('does not link a url with %s', (_name, text) => {
    expect(findTweetEntities(text).filter((e) => e.type === 'url')).toEqual([]);
  });

  it('does not find a hashtag or mention inside an unsafe url', () => {
    expect(findTweetEntities('https://example.org/<b>#frag@user')).toEqual([]);
  });

  it('keeps the fragment of a safe url inside the url', () => {
    const entities = findTweetEntities('Read https://example.org/page#section now');
    expect(entities).toEqual([
      {
        type: 'url',
        start: 5,
        end: 37,
        text: 'https://example.org/page#section',
        href: 'https://example.org/page#section',
      },
    ]);
  });

  it('finds entities at the very start and end of the text', () => {
    const text = '#Opening day with @PierFairNYC';
    const entities = findTweetEntities(text);
    expect(entities.map((e) => [e.type, e.start, e.end])).toEqual([
      ['hashtag', 0, 8],
      ['mention', 18, 30],
    ]);
    expectOffsetsRight(text, entities);
  });

  it('finds nothing in plain text', () => {
    expect(findTweetEntities('Forty varieties, one pier, zero rain.')).toEqual([]);
  });

  it('keeps correct offsets over a long tweet with many entities', () => {
    const text = Array.from({ length: 50 }, (_, i) => `ünïcode 🎉 #tag${i}a @user${i} https://example.org/${i}`).join(
      ' ',
    );
    const entities = findTweetEntities(text);
    expect(entities).toHaveLength(150);
    expectOffsetsRight(text, entities);
  });
});
