import { expect, it } from 'vitest';
import { plural } from './plural';

it('counts with the noun in the singular for one only, thousands grouped', () => {
  expect([0, 1, 2, 1200].map((n) => plural(n, 'quote'))).toEqual(['0 quotes', '1 quote', '2 quotes', '1,200 quotes']);
});
