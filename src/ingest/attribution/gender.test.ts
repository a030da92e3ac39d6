import { describe, expect, it } from 'vitest';
import { genderOfCue, genderOfGivenName, genderOfGivenNames, isGivenName } from './gender';

describe('isGivenName', () => {
  it('knows given names from the lists, whatever their case or accents', () => {
    expect(isGivenName('Margaret')).toBe(true);
    expect(isGivenName('DOUGLAS')).toBe(true);
    expect(isGivenName('Inès')).toBe(true);
    expect(isGivenName('Hélène')).toBe(true);
  });

  it('knows a hyphenated name by one of its parts', () => {
    expect(isGivenName('Jean-Luc')).toBe(true);
    expect(isGivenName('Anne-Sophie')).toBe(true);
  });

  it('does not take surnames, places or made-up words for given names', () => {
    expect(isGivenName('Okonkwo')).toBe(false);
    expect(isGivenName('Saskatchewan')).toBe(false);
    expect(isGivenName('Brelvaston')).toBe(false);
    expect(isGivenName('')).toBe(false);
    expect(isGivenName('A')).toBe(false);
  });

  // The lists hold "North", "Park" and "Mayor" as names; in news they open places and titles.
  it('leaves out list entries that are English words first, titles, roles and sentence openers', () => {
    for (const w of ['North', 'West', 'Park', 'Major', 'Mayor', 'The', 'May', 'Prince', 'King'])
      expect(isGivenName(w)).toBe(false);
  });
});

describe('genderOfGivenName', () => {
  it('reads the gender the lists give, whatever the case', () => {
    expect(genderOfGivenName('Margaret')).toBe('female');
    expect(genderOfGivenName('RUTH')).toBe('female');
    expect(genderOfGivenName('Douglas')).toBe('male');
    expect(genderOfGivenName('Luca')).toBe('male');
  });

  it('says nothing for a name in both lists', () => {
    expect(genderOfGivenName('Jordan')).toBeNull();
    expect(genderOfGivenName('Andrea')).toBeNull();
    expect(genderOfGivenName('Robin')).toBeNull();
  });

  it('folds accents before looking a name up', () => {
    expect(genderOfGivenName('Amélie')).toBe('female');
    expect(genderOfGivenName('François')).toBe('male');
  });

  it('reads Romance and Slavic endings for names the lists do not hold: -a female, -o male, -ine/-ette female', () => {
    expect(genderOfGivenName('Ioana')).toBe('female');
    expect(genderOfGivenName('Krystyna')).toBe('female');
    expect(genderOfGivenName('Tommaso')).toBe('male');
    expect(genderOfGivenName('Livio')).toBe('male');
    expect(genderOfGivenName('Séverine')).toBe('female');
  });

  it('keeps the endings to what they tell: not -ca/-ya men, -ko names or -i names', () => {
    // Men's names in -ca and -ya ("Ilya"), not in the lists: no gender rather than "female".
    expect(genderOfGivenName('Ilya')).toBeNull();
    // Indian, Arabic and Turkish men's names in -a, not in the lists either.
    expect(genderOfGivenName('Ravindra')).toBeNull();
    expect(genderOfGivenName('Jitendra')).toBeNull();
    expect(genderOfGivenName('Mostafa')).toBeNull();
    expect(genderOfGivenName('Hamza')).toBeNull();
    // "-andra" stays a woman's ending.
    expect(genderOfGivenName('Alessandra')).toBe('female');
    // "-ko" is a Slavic man's name as often as a Japanese woman's.
    expect(genderOfGivenName('Darko')).toBeNull();
    expect(genderOfGivenName('Naoko')).toBeNull();
    // "-i" is an Italian or Russian man's name and an Indian, Japanese or Igbo woman's.
    expect(genderOfGivenName('Ngozi')).toBeNull();
    expect(genderOfGivenName('Shruti')).toBeNull();
  });

  it('reads a compound name only when every part is in the lists with the same gender', () => {
    expect(genderOfGivenName('Anne-Marie')).toBe('female');
    expect(genderOfGivenName('Jean-Pierre')).toBeNull(); // "Jean" is in both lists
    expect(genderOfGivenName('Marie-Jo')).toBeNull(); // "Jo" too
    expect(genderOfGivenName('Tommaso-Livio')).toBeNull(); // not in the lists: endings are not read in compounds
  });

  it('says nothing when the name tells nothing', () => {
    expect(genderOfGivenName('Xu')).toBeNull();
    expect(genderOfGivenName('Okonkwo')).toBe('male'); // an -o surname reads male: callers pass given names only
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

describe('genderOfGivenNames', () => {
  it('lets a listed second given name outweigh a first read only by its ending', () => {
    expect(genderOfGivenName('Khawaja')).toBe('female'); // by its ending alone
    expect(genderOfGivenNames(['Khawaja', 'Omar', 'Khalid'])).toBe('male');
    // A listed first name keeps its gender; a name of two words reads its first only.
    expect(genderOfGivenNames(['Maria', 'Jose', 'Garcia'])).toBe('female');
    expect(genderOfGivenNames(['Anja', 'Thomas'])).toBe('female');
  });
});
