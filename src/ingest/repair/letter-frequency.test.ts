import { describe, expect, it } from 'vitest';
import { letterFrequency } from './letter-frequency';

describe('letterFrequency', () => {
  it('scores the letters put back by how common their trigrams are in the language', () => {
    // " êt" and "êtr" are among French's commonest trigrams; nothing with "â" is.
    expect(letterFrequency('être', 'fr')).toBeGreaterThan(letterFrequency('âtre', 'fr') + 100);
  });

  it('leaves plain-letter trigrams out, so a word without accents scores 0', () => {
    expect(letterFrequency('entre', 'fr')).toBe(0);
  });

  it('is 0 for a language without a profile', () => {
    expect(letterFrequency('être', 'xx')).toBe(0);
  });
});
