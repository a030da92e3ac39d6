import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';
import { fakeSpeller } from './fake-speller';
import { repairWithSpellers } from './repair-with-spellers';
import { rankWords } from './word-ranks';

// Invented texts: one all English, one with a French tweet whose accents were deleted.
const ENGLISH = `date 2024-03-02 from Ana Roy

The minister thanked the volunteers after the flood had passed.

Officials said the river would stay closed to boats for a week.`;

const WITH_FRENCH = `date 2024-03-02 from Ana Roy

The minister thanked the volunteers on Twitter after the flood had passed.

Merci pour votre rponse et votre aide dans la rgion. pic.twitter.com/abc123 – Jeanne Morel (@JeanneMorel) March 2, 2024`;

const fr = fakeSpeller(['réponse', 'région', 'merci', 'pour', 'votre', 'et', 'aide', 'dans', 'la']);

function article(text: string) {
  const result = ingestText('flood.txt', text);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

/** Loaders that note which languages were asked for. */
function loaders(failRanks = false) {
  const asked: string[] = [];
  return {
    asked,
    speller: async (lang: string) => (asked.push(`speller ${lang}`), lang === 'fr' ? fr : null),
    ranks: async (lang: string) => {
      asked.push(`ranks ${lang}`);
      if (failRanks) throw new Error('offline');
      return rankWords(['la', 'et']);
    },
  };
}

describe('repairWithSpellers', () => {
  it('loads no dictionary and no word list for an English-only article', async () => {
    const load = loaders();
    expect((await repairWithSpellers(article(ENGLISH), load.speller, load.ranks)).repairs).toEqual([]);
    expect(load.asked).toEqual([]);
  });

  it("loads the dictionary and the word list of the article's other languages only", async () => {
    const load = loaders();
    const repaired = await repairWithSpellers(article(WITH_FRENCH), load.speller, load.ranks);
    expect(repaired.repairs?.map((r) => r.repaired)).toEqual(['réponse', 'région']);
    expect(load.asked).toEqual(['speller fr', 'ranks fr']);
  });

  it('keeps the article, unrepaired and with a warning, when a word list cannot be read', async () => {
    const load = loaders(true);
    const repaired = await repairWithSpellers(article(WITH_FRENCH), load.speller, load.ranks);
    expect(repaired.repairs).toEqual([]);
    expect(repaired.warnings.at(-1)).toMatchObject({
      code: 'repair-skipped',
      message: expect.stringContaining('offline'),
    });
  });
});
