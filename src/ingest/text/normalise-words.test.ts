import { describe, expect, it } from 'vitest';
import { normaliseWords } from './normalise-words';

describe('normaliseWords', () => {
  it('lower-cases and joins words with single spaces', () => {
    expect(normaliseWords('The  Cranes   WILL move')).toBe('the cranes will move');
  });

  it('ignores punctuation and quotation marks', () => {
    expect(normaliseWords('“We did not choose this,” he said — again!')).toBe('we did not choose this he said again');
  });

  it('folds accents, so differently typed texts compare equal', () => {
    expect(normaliseWords('Le marché est ouvert')).toBe(normaliseWords('le marche est OUVERT.'));
    expect(normaliseWords('Zoë')).toBe('zoe');
  });

  it('keeps digits and non-Latin letters', () => {
    expect(normaliseWords('4% rise in 2024')).toBe('4 rise in 2024');
    expect(normaliseWords('東京 Москва')).toBe('東京 москва');
  });

  it('gives an empty string for text without words', () => {
    expect(normaliseWords(' — … !! ')).toBe('');
  });

  it('splits on line breaks and markup characters', () => {
    expect(normaliseWords('line one\nline<b>two</b>')).toBe('line one line b two b');
  });
});
