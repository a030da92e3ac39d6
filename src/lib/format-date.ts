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
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
