import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';

const article = (text: string) => {
  const result = ingestText('t.txt', text);
  if (!result.ok) throw new Error(result.error);
  return result.article;
};

const TWEET = `Heute eröffnen wir die neue Brücke über die Lenna. Danke an alle, die in Waldheim mitgebaut haben! pic.twitter.com/abcd123 – Greta Holm (@GretaHolm) May 4, 2024`;

describe('linkTranslations', () => {
  it('links a quote that gives a tweet of its speaker in English', () => {
    const a = article(`date 2024-05-04 from Ana Roy

The mayor, Greta Holm, wrote on Twitter: Today we open the new bridge over the Lenna. Thanks to everyone in Waldheim who helped build it.

${TWEET}

The bridge cost four million euros and took two years to build.`);
    const quote = a.quotes.find((q) => q.kind !== 'tweet');
    expect(quote?.translationOf).toBe(a.tweets[0]?.id);
  });

  it('leaves a quote of someone else, or one that shares nothing with the tweet, unlinked', () => {
    const a = article(`date 2024-05-04 from Ana Roy

The engineer, Paul Brandt, said: We will open the bridge over the Lenna in Waldheim when the tests are done.

${TWEET}

Greta Holm said: The council met on Friday to discuss the budget for schools.`);
    expect(a.quotes.filter((q) => q.translationOf)).toEqual([]);
  });
});
