/** Dates as the articles write them, checked against the calendar: never rolled over. */

/** Month and weekday names, lower case: the calendar reads them, and word lists that must never
 * take a date for a name or a speaker spread them. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** The English name of month `index` (0 for January) as a date is written: "February". */
export function monthName(index: number): string {
  const name = MONTH_NAMES[index] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when year-month-day (whole numbers) names a day that exists (2022-02-30 does not), by the
 * Gregorian calendar as `Date.UTC` reads it, without making a Date: that read the years 0–99 as
 * 1900–1999, and so does this.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The number the ASCII digits `text[start, end)` write, or -1 when one of them is no digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * `2022-02-07` (four, two and two ASCII digits) → itself when real, else null. Read by character
 * code: a pattern with three captures and three numbers parsed from them cost more than the rest
 * of the header line.
 */
export function checkIsoDate(iso: string): string | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  return isRealDate(year, month, day) ? iso : null;
}

/** The number (1 for January) of the first month whose name starts with `prefix`, or 0. */
function monthStartingWith(prefix: string): number {
  for (let i = 0; i < MONTH_NAMES.length; i++) if (MONTH_NAMES[i]!.startsWith(prefix)) return i + 1;
  return 0;
}

/** `February 7, 2022` (or `Feb 7, 2022`, `7 February 2022`) → `2022-02-07`, null when not a real date. */
export function parseWrittenDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  let monthName: string | undefined, day: number, year: number;
  if (m) {
    monthName = m[1];
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
    if (!m) return null;
    monthName = m[2];
    day = Number(m[1]);
    year = Number(m[3]);
  }
  if (!monthName || monthName.length < 3) return null;
  const month = monthStartingWith(monthName);
  if (month === 0 || !isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The month names, for patterns that need to recognise a written date. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
