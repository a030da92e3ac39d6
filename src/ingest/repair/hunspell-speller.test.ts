import { describe, expect, it } from 'vitest';
import { createHunspellSpeller } from './hunspell-speller';

// An invented dictionary: a verb whose forms replace the whole stem (as French "être" → "était").
const AFF = ['SET UTF-8', 'SFX A Y 2', 'SFX A ôvre ôva ôvre', 'SFX A ôvre ôvis ôvre'].join('\n');
const DIC = ['2', 'ôvre/A', 'lune'].join('\n');

describe('createHunspellSpeller', () => {
  const speller = createHunspellSpeller(AFF, DIC);

  it('knows a form whose suffix replaces the whole stem', () => {
    expect(speller.correct('ôva')).toBe(true);
    expect(speller.correct('ôvis')).toBe(true);
    expect(speller.correct('va')).toBe(false);
  });

  it('restores such a form from its skeleton', () => {
    expect(speller.restore('va')).toEqual(['ôva']);
  });
});
