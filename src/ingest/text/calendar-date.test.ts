import { describe, expect, it } from 'vitest';
import { checkIsoDate, isRealDate, MONTH_PATTERN, parseWrittenDate } from './calendar-date';

describe('isRealDate', () => {
  it('accepts ordinary days and month ends', () => {
    expect(isRealDate(2022, 2, 7)).toBe(true);
    expect(isRealDate(2023, 1, 31)).toBe(true);
    expect(isRealDate(2023, 4, 30)).toBe(true);
    expect(isRealDate(2023, 12, 31)).toBe(true);
  });

  it('knows leap years, including the century rules', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2021, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
  });

  it('rejects days and months that do not exist', () => {
    expect(isRealDate(2022, 2, 30)).toBe(false);
    expect(isRealDate(2023, 4, 31)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
    expect(isRealDate(2023, 0, 10)).toBe(false);
    expect(isRealDate(2023, 5, 0)).toBe(false);
    expect(isRealDate(2023, 5, 32)).toBe(false);
  });
});

describe('isRealDate against Date', () => {
  it('gives the answer a Date gives for every day of every month of many years', () => {
    const byDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, 0)).getUTCDate() >= d;
    for (const year of [
      -400, -1, 0, 4, 99, 100, 1600, 1700, 1896, 1900, 1904, 1999, 2000, 2023, 2024, 2100, 2400, 9999,
    ])
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 32; day++)
          expect(isRealDate(year, month, day), `${year}-${month}-${day}`).toBe(byDate(year, month, day));
  });
});

describe('checkIsoDate', () => {
  it('returns a real date unchanged', () => {
    expect(checkIsoDate('2022-02-07')).toBe('2022-02-07');
    expect(checkIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it('never rolls an impossible date over to the next month', () => {
    expect(checkIsoDate('2021-02-29')).toBeNull();
    expect(checkIsoDate('2022-02-30')).toBeNull();
    expect(checkIsoDate('2023-06-31')).toBeNull();
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    expect(checkIsoDate('2022-2-7')).toBeNull();
    expect(checkIsoDate('07/02/2022')).toBeNull();
    expect(checkIsoDate('2022-02-07T10:00')).toBeNull();
    // Digits are ASCII digits, in their places, and nothing follows the day.
    expect(checkIsoDate('2022-0a-07')).toBeNull();
    expect(checkIsoDate('2022-02-0 ')).toBeNull();
    expect(checkIsoDate('２０２２-02-07')).toBeNull();
    expect(checkIsoDate('2022/02/07')).toBeNull();
    expect(checkIsoDate('2022-02-07\n')).toBeNull();
    expect(checkIsoDate('-022-02-07')).toBeNull();
    expect(checkIsoDate('')).toBeNull();
  });
});

describe('parseWrittenDate', () => {
  it('reads the forms tweet embeds use', () => {
    expect(parseWrittenDate('February 7, 2022')).toBe('2022-02-07');
    expect(parseWrittenDate('Feb 7, 2022')).toBe('2022-02-07');
    expect(parseWrittenDate('Feb. 7, 2022')).toBe('2022-02-07');
    expect(parseWrittenDate('7 February 2022')).toBe('2022-02-07');
    expect(parseWrittenDate('Sept 30, 2023')).toBe('2023-09-30');
    expect(parseWrittenDate('December 31 2021')).toBe('2021-12-31');
  });

  it('ignores case and surrounding spaces', () => {
    expect(parseWrittenDate('  march 3, 2024 ')).toBe('2024-03-03');
    expect(parseWrittenDate('3 MAY 2024')).toBe('2024-05-03');
  });

  it('tells June from July and March from May', () => {
    expect(parseWrittenDate('Jun 1, 2023')).toBe('2023-06-01');
    expect(parseWrittenDate('Jul 1, 2023')).toBe('2023-07-01');
    expect(parseWrittenDate('Mar 1, 2023')).toBe('2023-03-01');
    expect(parseWrittenDate('May 1, 2023')).toBe('2023-05-01');
  });

  it('returns null for a date that is not in the calendar', () => {
    expect(parseWrittenDate('February 30, 2022')).toBeNull();
    expect(parseWrittenDate('29 February 2021')).toBeNull();
    expect(parseWrittenDate('April 31, 2023')).toBeNull();
  });

  it('returns null for ambiguous or unknown month names', () => {
    expect(parseWrittenDate('Ju 4, 2023')).toBeNull();
    expect(parseWrittenDate('Smarch 4, 2023')).toBeNull();
    expect(parseWrittenDate('Janvier 4, 2023')).toBeNull();
  });

  it('returns null for text that is not a date', () => {
    expect(parseWrittenDate('yesterday')).toBeNull();
    expect(parseWrittenDate('2022-02-07')).toBeNull();
    expect(parseWrittenDate('')).toBeNull();
  });
});

describe('MONTH_PATTERN', () => {
  const whole = new RegExp(`^${MONTH_PATTERN}$`);
  it('matches full and short month names', () => {
    for (const name of [
      'January',
      'Jan',
      'Feb',
      'March',
      'May',
      'June',
      'Jun',
      'July',
      'Sept',
      'Sep',
      'September',
      'Dec',
    ]) {
      expect(whole.test(name), name).toBe(true);
    }
  });
  it('does not match words that are not months', () => {
    for (const word of ['Monday', 'Ma', 'Juno', 'Decade']) expect(whole.test(word), word).toBe(false);
  });
});
