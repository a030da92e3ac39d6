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

/** `2022-02-07` → itself when real, else null. */
export function checkIsoDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? iso : null;
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
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(monthName)) + 1;
  if (month === 0 || !isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The month names, for patterns that need to recognise a written date. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
