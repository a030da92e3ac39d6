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
  it("writes the default locale's long date as Intl does, day by day over years and month ends", () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000 * 3) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(intl.format(new Date(t + 12 * 3_600_000)));
    }
    expect(formatDate('2022-02-30')).toBe(intl.format(new Date(Date.UTC(2022, 1, 30, 12))));
  });
  it('returns malformed input as written', () => {
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });
});
