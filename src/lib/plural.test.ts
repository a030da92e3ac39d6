import { expect, it } from 'vitest';
import { plural } from './plural';

it('counts with the noun in the singular for one only, thousands grouped', () => {
  expect([0, 1, 2, 1200].map((n) => plural(n, 'quote'))).toEqual(['0 quotes', '1 quote', '2 quotes', '1,200 quotes']);
});

it('groups whole counts as Intl does, and leaves fractions to Intl', () => {
  for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 123456789, -4321, Number.MAX_SAFE_INTEGER])
    expect(plural(n, 'word')).toBe(`${n.toLocaleString('en-US')} words`);
  expect(plural(1234.5, 'word')).toBe('1,234.5 words');
});
