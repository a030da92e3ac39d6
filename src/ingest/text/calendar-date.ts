/** Dates as the articles write them, checked against the calendar: never rolled over. */
import { isJsSpace } from './ascii-words';

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

/** An ASCII letter, in either case. */
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** How many ASCII digits stand at `text[start]` (and on). */
function digitRun(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i - start;
}
/** The end of the run of JS white space from `start`. */
function spaceRunEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The number (1 for January) of the first month whose name starts with the ASCII letters
 * `text[start, end)` in any case, or 0; fewer than three letters name no month.
 */
function monthStartingWith(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 3) return 0;
  for (let m = 0; m < MONTH_NAMES.length; m++) {
    const name = MONTH_NAMES[m]!;
    if (name.length < length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(start + k) | 32) === name.charCodeAt(k)) k++;
    if (k === length) return m + 1;
  }
  return 0;
}

/** The date's parts as `parseWrittenDate` reads them, or null when the text has neither form. */
interface WrittenDate {
  month: number;
  day: number;
  year: number;
}

/**
 * `Month[.] D[,] YYYY` or `D Month[.][,] YYYY` in `text[start, end)` (white space trimmed), read by
 * character code. The same as matching `/^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/` and then
 * `/^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/` on the lower-cased text: the only letters beyond ASCII
 * that lower-case into a–z (the Kelvin sign, İ) would make a month name no month starts with.
 */
function readWrittenDate(text: string, start: number, end: number): WrittenDate | null {
  let i = start;
  let month: number;
  let day: number;
  if (isAsciiLetter(text.charCodeAt(i))) {
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    month = monthStartingWith(text, start, i);
    if (text.charCodeAt(i) === 46 /* . */) i++;
    const dayStart = spaceRunEnd(text, i, end);
    if (dayStart === i) return null;
    const digits = digitRun(text, dayStart, end);
    if (digits < 1 || digits > 2) return null;
    day = digitsAt(text, dayStart, dayStart + digits);
    i = dayStart + digits;
    if (text.charCodeAt(i) === 44 /* , */) i++;
  } else {
    const digits = digitRun(text, i, end);
    if (digits < 1 || digits > 2) return null;
    day = digitsAt(text, i, i + digits);
    const nameStart = spaceRunEnd(text, i + digits, end);
    if (nameStart === i + digits) return null;
    i = nameStart;
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i === nameStart) return null;
    month = monthStartingWith(text, nameStart, i);
    if (text.charCodeAt(i) === 46 /* . */) i++;
    if (text.charCodeAt(i) === 44 /* , */) i++;
  }
  const yearStart = spaceRunEnd(text, i, end);
  if (yearStart === i || yearStart + 4 !== end || digitRun(text, yearStart, end) !== 4) return null;
  return { month, day, year: digitsAt(text, yearStart, end) };
}

/**
 * `February 7, 2022` (or `Feb 7, 2022`, `7 February 2022`) → `2022-02-07`, null when not a real date.
 * (Read by character code: trimming, lower-casing and two patterns with captures cost a tweet more
 * than the rest of its embed's parse.)
 */
export function parseWrittenDate(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  const date = start < end ? readWrittenDate(text, start, end) : null;
  if (!date || date.month === 0 || !isRealDate(date.year, date.month, date.day)) return null;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The month names, for patterns that need to recognise a written date. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
