import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('formats in the given locale', () => {
    expect(formatDate('2022-02-07', 'en-US')).toBe('February 7, 2022');
    expect(formatDate('2022-02-07', 'fr-FR')).toBe('7 février 2022');
  });
  it('keeps the calendar day at year edges', () => {
    expect(formatDate('2021-01-01', 'en-GB')).toBe('1 January 2021');
  });
  it('returns malformed input as written', () => {
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });
});
