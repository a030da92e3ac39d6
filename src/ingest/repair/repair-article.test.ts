import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';
import { fakeSpeller } from './fake-speller';
import { repairArticle, repairLanguages } from './repair-article';

const TEXT = `date 2024-03-02 from Ana Roy

The minister thanked the volunteers on Twitter after the flood had passed.

Merci pour votre rponse rapide et votre aide. Nous allons tout reconstruire ensemble dans la rgion. pic.twitter.com/abc123 – Jeanne Morel (@JeanneMorel) March 2, 2024

Officials said the river would stay closed to boats for a week.`;

const fr = fakeSpeller([
  'réponse',
  'région',
  'merci',
  'pour',
  'votre',
  'rapide',
  'et',
  'aide',
  'nous',
  'allons',
  'tout',
  'reconstruire',
  'ensemble',
  'dans',
  'la',
]);

function ingest() {
  const result = ingestText('flood.txt', TEXT);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('repairArticle', () => {
  it('names the languages an article needs dictionaries for, never English', () => {
    expect(repairLanguages(ingest())).toEqual(['fr']);
  });

  it('lists repairs over the tweet and leaves its text, quotes and ids as published', () => {
    const article = ingest();
    const repaired = repairArticle(article, new Map([['fr', fr]]));
    const tweetBlock = repaired.blocks.findIndex((b) => b.type === 'tweet');
    const tweetText = repaired.tweets[0]!.text;
    expect(repaired.repairs).toEqual([
      {
        block: tweetBlock,
        start: tweetText.indexOf('rponse'),
        end: tweetText.indexOf('rponse') + 6,
        original: 'rponse',
        repaired: 'réponse',
      },
      {
        block: tweetBlock,
        start: tweetText.indexOf('rgion'),
        end: tweetText.indexOf('rgion') + 5,
        original: 'rgion',
        repaired: 'région',
      },
    ]);
    expect(repaired.tweets).toEqual(article.tweets);
    expect(repaired.quotes).toEqual(article.quotes);
  });

  it('gives the same JSON through the ingest option', () => {
    const once = ingestText('flood.txt', TEXT, [], { spellers: new Map([['fr', fr]]) });
    expect(once.ok && once.article).toEqual(repairArticle(ingest(), new Map([['fr', fr]])));
  });

  it('repairs nothing in a language without a speller', () => {
    expect(repairArticle(ingest(), new Map()).repairs).toEqual([]);
  });
});
