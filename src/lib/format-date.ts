import { monthName } from '../ingest/text/calendar-date';

/**
 * Formats an ISO calendar date (YYYY-MM-DD), without a timezone shift. One fixed locale by default:
 * pages are prerendered, and a date written in the build machine's locale but read back in the
 * reader's would not match when the page hydrates.
 */
export function formatDate(iso: string, locale: string | string[] = 'en-US'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  // Noon UTC formatted in UTC: the calendar day never moves, whatever the reader's timezone.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  if (locale === 'en-US') return formatUsLong(date);
  const key = String(locale);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** One formatter per locale: making one is the costly part. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The default locale's long date ("February 7, 2022") written out: the first Intl.DateTimeFormat a
 * page makes loads the locale's calendar data, about 20 ms on a laptop (80 ms on a slow phone) in
 * the middle of hydrating a reader page. The test holds it to Intl's own answer.
 */
function formatUsLong(date: Date): string {
  return `${monthName(date.getUTCMonth())} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
