/** Formats an ISO calendar date (YYYY-MM-DD) in the reader's locale, without a timezone shift. */
export function formatDate(iso: string, locale?: string | string[]): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  // Noon UTC formatted in UTC: the calendar day never moves, whatever the reader's timezone.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
