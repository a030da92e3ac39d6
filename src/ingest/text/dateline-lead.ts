/**
 * How long the dateline that opens a sentence is, so that reported words start after it: "PARIS – ",
 * "LONDON (Reuters) - ", "OTTAWA, Jan. 5 (AP) — ", "LAHORE: " (as South Asian papers write it), and a wire's or network's tag alone, "(Reuters) - ",
 * "(CNN)", a place in brackets ("[SEOUL] "), or the dash such a tag leaves ("- A man …"). The place
 * is in capitals; the tag is one of the agencies that sign copy this way.
 */

/** The wires and networks whose tag a dateline carries, one list for the layout and the attribution. */
export const WIRE_AGENCIES = [
  'Reuters',
  'AP',
  'AFP',
  'CNN',
  'CP',
  'UPI',
  'Bloomberg',
  'dpa',
  'ANSA',
  'AAP',
  'PTI',
  'IANS',
  'ANI',
  'Xinhua',
  'EFE',
];
const AGENCY_TAG = `\\((?:${WIRE_AGENCIES.join('|')})\\)`;
// "Thursday, March 30, 2023 – ": a date before a dash, as some papers open the story with it.
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_BEFORE_DASH = `(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\s+[–—-]{1,2}\\s+`;
// "Leeds, Mar 5 (PTI): ": a place written in small letters, with its date, before a wire's tag.
const PLACE_DATE_TAG = `\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?,\\s${MONTH}\\s\\d{1,2}\\s*${AGENCY_TAG}\\s*(?:[–—:-]{1,2}\\s*)?`;
const DATELINE_LEAD = new RegExp(
  `^(?:${DATE_BEFORE_DASH}|${PLACE_DATE_TAG}|[–—-]{1,2}\\s+|\\[\\p{Lu}[\\p{Lu} .'’-]{1,40}\\]\\s*|(?:\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s[A-Z][a-z]+\\.?(?:\\s\\d{1,2})?)?\\s*)?${AGENCY_TAG}\\s*(?:[–—:-]{1,2}\\s*)?|\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:\\s+[–—-]{1,2}|:)\\s+)`,
  'u',
);

/** The length of the dateline at the start of `text`, or 0. */
export function datelineLead(text: string): number {
  return datelineLeadAt(text, 0, text.length);
}

/** The length of the dateline that opens `text` between `start` and `end`, or 0. */
export function datelineLeadAt(text: string, start: number, end: number): number {
  // (Every dateline opens with a capital, a bracket or the dash left when the layout took the tag
  // off as a credit: most sentences are turned away by that, before any cut.)
  const c = text.charCodeAt(start);
  if (!(c === 40 || c === 91 || (c >= 65 && c <= 90) || c === 45 || c === 0x2013 || c === 0x2014)) return 0;
  // A capital and a lower-case letter open most sentences ("The …"): only a weekday or a month can
  // open a dateline so, and their first three letters are read before the pattern is.
  const next = text.charCodeAt(start + 1);
  if (
    c >= 65 &&
    c <= 90 &&
    next >= 97 &&
    next <= 122 &&
    !DATE_OPENINGS.has(openingKey(c, next, text.charCodeAt(start + 2))) &&
    !tagNear(text, start, end)
  )
    return 0;
  return DATELINE_LEAD.exec(text.slice(start, Math.min(end, start + 80)))?.[0].length ?? 0;
}

/** Whether a bracket stands in the first characters, where a wire's tag after a place and a date would. */
function tagNear(text: string, start: number, end: number): boolean {
  const bracket = text.indexOf('(', start);
  return bracket >= 0 && bracket < Math.min(end, start + 30);
}

/**
 * Two ASCII codes and a third code as one small integer (NaN, read past the end, as 0): a set of
 * numbers is looked up without cutting the three letters out of every sentence that opens with a
 * capital and hashing the new string.
 */
const openingKey = (a: number, b: number, c: number) => (a << 23) | (b << 16) | (c & 0xffff);

// The first three letters of the weekdays and months a date before a dash opens with.
const DATE_OPENINGS = new Set(
  'Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'
    .split(' ')
    .map((w) => openingKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))),
);
