import { describe, expect, it } from 'vitest';
import { genderOfCue, genderOfGivenName } from './gender';

describe('genderOfGivenName', () => {
  it('knows common given names, whatever their case', () => {
    expect(genderOfGivenName('Jane')).toBe('female');
    expect(genderOfGivenName('RUTH')).toBe('female');
    expect(genderOfGivenName('John')).toBe('male');
    expect(genderOfGivenName('Kofi')).toBe('male');
  });

  it('reads Romance and Slavic endings: -a female, -o and -i male, -ine/-ette female', () => {
    expect(genderOfGivenName('Lucia')).toBe('female');
    expect(genderOfGivenName('Marco')).toBe('male');
    expect(genderOfGivenName('Dmitri')).toBe('male');
    expect(genderOfGivenName('Odette')).toBe('female');
    expect(genderOfGivenName('Nadine')).toBe('female');
  });

  it('overrides the ending for names it gets wrong: Luca, Andrea and Nikita are men', () => {
    expect(genderOfGivenName('Luca')).toBe('male');
    expect(genderOfGivenName('Andrea')).toBe('male');
    expect(genderOfGivenName('Nikita')).toBe('male');
  });

  it('says nothing when the name tells nothing', () => {
    expect(genderOfGivenName('Xu')).toBeNull();
    expect(genderOfGivenName('Ellis')).toBeNull();
    expect(genderOfGivenName('')).toBeNull();
  });
});

describe('genderOfCue', () => {
  it('reads titles, with or without a full stop, and gendered nouns and pronouns', () => {
    expect(genderOfCue('Ms')).toBe('female');
    expect(genderOfCue('Mrs.')).toBe('female');
    expect(genderOfCue('Mr.')).toBe('male');
    expect(genderOfCue('spokeswoman')).toBe('female');
    expect(genderOfCue('Chairman')).toBe('male');
    expect(genderOfCue('her')).toBe('female');
  });

  it('says nothing for roles without gender', () => {
    expect(genderOfCue('minister')).toBeNull();
    expect(genderOfCue('Dr')).toBeNull();
    expect(genderOfCue('spokesperson')).toBeNull();
  });
});
