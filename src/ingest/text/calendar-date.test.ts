import { describe, expect, it } from 'vitest';
import { checkIsoDate, isRealDate, MONTH_NAMES, MONTH_PATTERN, parseWrittenDate } from './calendar-date';

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

describe('parseWrittenDate against the patterns it replaced', () => {
  // The reading before it went by character code: trim, lower-case, two patterns.
  const byPatterns = (text: string): string | null => {
    const t = text.trim().toLowerCase();
    let m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
    let name: string | undefined, day: number, year: number;
    if (m) [name, day, year] = [m[1], Number(m[2]), Number(m[3])];
    else {
      m = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
      if (!m) return null;
      [name, day, year] = [m[2], Number(m[1]), Number(m[3])];
    }
    if (!name || name.length < 3) return null;
    const month = MONTH_NAMES.findIndex((n) => n.startsWith(name)) + 1;
    if (month === 0 || !isRealDate(year, month, day)) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  it('gives the same answer on 30,000 generated texts', () => {
    // Each text is a slot-by-slot pick: a space, a month name or day, a stop or comma, a space, a
    // day or month name, a comma, a space, a year, a space (each with odd and broken choices).
    const spaces = ['', ' ', '  ', '\u00a0', '\t', '\n', '\u3000', 'x'];
    const words = [
      'Feb',
      'feb',
      'FEBRUARY',
      'Sept',
      'Ma',
      'May',
      'mayo',
      'Ju',
      'Jun',
      'Dec\u212a',
      'Apr\u0130l',
      '\u212aan',
    ];
    const numbers = ['1', '7', '07', '29', '31', '123', ''];
    const tokens = [...words, ...numbers];
    const marks = ['', '', '.', ',', '.,', '..'];
    const years = ['2022', '0099', '20222', '202', '2024', ''];
    const slots = [spaces, tokens, marks, spaces, tokens, marks, spaces, years, spaces];
    let seed = 7;
    const pick = (list: string[]) => list[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % list.length]!;
    let dates = 0;
    for (let n = 0; n < 30_000; n++) {
      const text = slots.map(pick).join('');
      const expected = byPatterns(text);
      if (expected) dates++;
      expect(parseWrittenDate(text), JSON.stringify(text)).toBe(expected);
    }
    expect(dates).toBeGreaterThan(150);
    for (const text of ['February 7, 2022', ' 7 Feb., 2022 ', 'Sept 30 2023', '3 MAY 2024', 'may 3,  2024'])
      expect(parseWrittenDate(text), text).toBe(byPatterns(text));
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
