import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './ascii-words';
import { slugify } from './slugify';

describe('slugify', () => {
  it('joins lower-case words with hyphens', () => {
    expect(slugify('Harbour Strike Halts Ferries')).toBe('harbour-strike-halts-ferries');
  });

  it('folds accents to ASCII', () => {
    expect(slugify('Café à Montréal, Benoît et Zoë')).toBe('cafe-a-montreal-benoit-et-zoe');
  });

  it('drops punctuation, quotes and markup characters', () => {
    expect(slugify('“Not again!” – <b>Mayor</b> says: 4% rise?')).toBe('not-again-b-mayor-b-says-4-rise');
  });

  it('keeps at most 8 words by default, or the given number', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(slugify(text)).toBe('one-two-three-four-five-six-seven-eight');
    expect(slugify(text, 3)).toBe('one-two-three');
  });

  it('always yields a valid slug (no leading, trailing or double hyphens)', () => {
    for (const text of ['  --Hello--  world--  ', '!!!a!!!b!!!', '—Done—', 'x']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('returns an empty string when nothing is left (non-Latin script, symbols, blank)', () => {
    expect(slugify('東京 の 市場')).toBe('');
    expect(slugify('… — !!!')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('folds compatibility characters (ligatures, full-width digits)', () => {
    expect(slugify('The ﬁnal ２０２４ vote')).toBe('the-final-2024-vote');
  });
});

describe('slugify against its definition', () => {
  // The definition: the folded text's runs of [a-z0-9], the first `maxWords` of them, joined by hyphens.
  const reference = (text: string, maxWords = 8) =>
    (foldText(text).match(/[a-z0-9]+/g) ?? []).slice(0, maxWords).join('-');

  it('gives the same slug on random text', () => {
    // (With combining marks, a ligature and a Hebrew point: characters beyond foldText's tables.)
    const text = fc
      .array(fc.constantFrom(...'aZ9 -–“”éÉ!ß東\u00a0.\u0301\u0323ﬁ\u05b0½'), { maxLength: 30 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(0, 1, 3, 8), (t, maxWords) => {
        expect(slugify(t, maxWords)).toBe(reference(t, maxWords));
      }),
      { seed: 5, numRuns: 4000 },
    );
  });
});
