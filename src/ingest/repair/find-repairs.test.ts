import { describe, expect, it } from 'vitest';
import { fakeSpeller } from './fake-speller';
import { findRepairs } from './find-repairs';

const fr = fakeSpeller([
  'réponse',
  'bâtir',
  'commençons',
  'éviter',
  'est',
  'Europe',
  'une',
  'la',
  'de',
  'c',
  'd',
  'l',
  'afin',
  'fin',
  'pourquoi',
  'ici',
  'et',
  'posto',
  'pêcher',
  'pécher',
  'ouïr',
  'a',
  'tait',
  'était',
  'ôtait',
  's',
  'lyse',
  'Élysée',
  'Anne',
  'année',
  'route',
  'dégrade',
  'dégradée',
]);

const repaired = (text: string, lang = 'fr') => findRepairs(text, lang, fr).map((r) => `${r.original}→${r.repaired}`);

describe('findRepairs', () => {
  it('puts back the accented letters of words that are not words without them', () => {
    expect(repaired('Commenons btir une rponse')).toEqual(['Commenons→Commençons', 'btir→bâtir', 'rponse→réponse']);
  });

  it('gives offsets into the text as published', () => {
    const [r] = findRepairs('une rponse', 'fr', fr);
    expect(r).toEqual({ start: 4, end: 10, original: 'rponse', repaired: 'réponse' });
  });

  it('mends an elision whose apostrophe became "? " and a capital', () => {
    expect(repaired('afin d? Viter, c? Est la fin de l? Europe')).toEqual([
      'd? Viter→d’éviter',
      'c? Est→c’est',
      'l? Europe→l’Europe',
    ]);
  });

  it('puts back the vowel of a word after an elision that cannot follow one ("s? Tait" → "s’était")', () => {
    expect(repaired('ici s? Tait, afin l? Lyse')).toEqual(['s? Tait→s’était', 'l? Lyse→l’Élysée']);
  });

  it('prefers a common word put back over a name after an elision ("l? Anne" → "l’année")', () => {
    expect(repaired('la fin de l? Anne')).toEqual(['l? Anne→l’année']);
  });

  it('chooses between two readings by the words before (candidate-preferences.ts)', () => {
    expect(repaired('la route s? Tait dgrade')).toEqual(['s? Tait→s’était', 'dgrade→dégradée']);
    expect(repaired('la route dgrade')).toEqual([]);
  });

  it('leaves a real question mark before a capital alone', () => {
    expect(repaired('Pourquoi? Est')).toEqual([]);
  });

  it('never guesses between two words nothing tells apart', () => {
    expect(repaired('pcher')).toEqual([]);
  });

  it('leaves words that are words already, links, handles and codes', () => {
    expect(repaired('la rponse @rponse #rponse https://x.com/rponse pic.twitter.com/rponse 5rponse')).toEqual([
      'rponse→réponse',
    ]);
  });

  it('reads nothing in a text that still has its accents', () => {
    expect(repaired('une réponse et une rponse')).toEqual([]);
  });

  it('keeps the elision pattern to the languages that elide', () => {
    expect(repaired('d? Viter', 'de')).toEqual(['Viter→Éviter']);
  });

  it('mends an elision only before a vowel', () => {
    expect(repaired('c? Posto')).toEqual([]);
  });

  it('reads the words before a token as its context within one clause only', () => {
    const pl = fakeSpeller(['politycy', 'polityków', 'muszę', 'muszą', 'to', 'przyzna']);
    const inPolish = (text: string) => findRepairs(text, 'pl', pl).map((r) => `${r.original}→${r.repaired}`);
    // A plural of men opening the clause is the verb's subject.
    expect(inPolish('Politycy musz to przyzna')).toEqual(['musz→muszą']);
    // Two spaces are where a dash was deleted ("Politycy – muszę przyznać –"); "? " ends a question
    // in a language without elisions.
    expect(inPolish('Politycy  musz to przyzna')).toEqual([]);
    expect(inPolish('Politycy? musz to przyzna')).toEqual([]);
  });

  it('repairs nothing in a text whose words are mostly not of the language (English misread as French)', () => {
    expect(repaired('Our restaurants felt it within a week')).toEqual([]);
  });
});
