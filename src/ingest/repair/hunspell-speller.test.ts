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

  it('restores no compound in a dictionary that builds none', () => {
    expect(speller.restoreCompound!('vaune')).toEqual([]);
  });
});

// An invented German-style dictionary: "j" is an empty suffix that lets a stem begin a compound.
describe('createHunspellSpeller: compounds', () => {
  const aff = ['SET UTF-8', 'COMPOUNDBEGIN x', 'SFX j Y 1', 'SFX j 0 0/x .'].join('\n');
  const speller = createHunspellSpeller(aff, ['3', 'Bäcker/j', 'Öfen', 'Laden'].join('\n'));

  it('restores a compound of a stem that may begin one and a noun, the noun lower-cased', () => {
    expect(speller.restoreCompound!('bckerfen')).toEqual(['Bäckeröfen']);
    expect(speller.restoreCompound!('bckerladen')).toEqual(['Bäckerladen']);
  });

  it('restores none whose first part may not begin a compound, or with nothing put back', () => {
    expect(speller.restoreCompound!('ladenfen')).toEqual([]);
    expect(speller.restoreCompound!('ladenladen')).toEqual([]);
  });
});
