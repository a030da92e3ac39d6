import { describe, expect, it } from 'vitest';
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
