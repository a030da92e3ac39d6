/** The header line some files start with: ` date 2022-02-07 from Stefano Montefiori`. */
import type { IngestWarning } from '../schema';
import { checkIsoDate } from '../text/calendar-date';
import { piecesBetweenSpaces } from '../text/space-runs';

export interface Header {
  date: string | null;
  author: string | null;
  /** Text that followed the header on the same line: the start of the body. */
  rest: string;
  /** Everything after the header line. */
  body: string;
  warnings: IngestWarning[];
}

// The token after "date" must be written as a date (three runs of digits: 2024-03-01, 1/3/2024,
// 01.03.2024), or "Date night at the zoo" and "Date 3 of the strike: …" would lose their first words.
// A date in another order is still a header (with a warning), so its byline is not read as text.
// ("date" in either case by its letters, not by the `i` flag: the same matches, and a case-blind
// pattern costs more on every file's first line.)
const HEADER = /^[ \t]*[Dd][Aa][Tt][Ee]:?[ \t]+(\d{1,4}([-/.])\d{1,2}\2\d{1,4})(?=[ \t]|$)[ \t]*(.*)$/;
// "from" + a short name: up to 8 words on the rest of the line, no sentence punctuation at the end.
const BYLINE = /^(?:from|by)[ \t]+(.{2,80}?)[ \t]*$/i;
const NOT_A_NAME = /^(?:our|the|a|an)\b/i;

/**
 * Whether the header's date (three runs of digits, as HEADER reads them, `separator` between them)
 * has the form `/^\d{4}-\d{1,2}-\d{1,2}$/`: hyphens, four digits first and at most two last.
 * Read from where the separators stand.
 */
function isIsoShaped(rawDate: string, separator: string | undefined): boolean {
  return separator === '-' && rawDate.indexOf('-') === 4 && rawDate.length - rawDate.lastIndexOf('-') <= 3;
}

/** Whether a text ends with a full stop, "!" or "?". */
function endsWithStop(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/** Splits the header line (when the file has one) from the body. */
export function parseHeader(text: string): Header {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const after = nl < 0 ? '' : text.slice(nl + 1);
  const m = HEADER.exec(first);
  if (!m) return { date: null, author: null, rest: '', body: text, warnings: [] };
  const warnings: IngestWarning[] = [];
  const rawDate = m[1] ?? '';
  let date: string | null = null;
  if (isIsoShaped(rawDate, m[2])) {
    const iso = rawDate.length === 10 ? rawDate : rawDate.replace(/-(\d)(?=-|$)/g, '-0$1');
    date = checkIsoDate(iso);
    if (!date)
      warnings.push({
        code: 'bad-date',
        message: `The header date ${rawDate} is not a real date; the date was left empty.`,
      });
  } else {
    warnings.push({
      code: 'bad-date',
      message: `The header date "${rawDate}" is not in YYYY-MM-DD form; the date was left empty.`,
    });
  }
  let rest = (m[3] ?? '').trim();
  let author: string | null = null;
  const by = BYLINE.exec(rest);
  // (The name's words counted and its last character read by code: no array of its words.)
  if (by?.[1] && !NOT_A_NAME.test(by[1]) && piecesBetweenSpaces(by[1]) <= 8 && !endsWithStop(by[1])) {
    author = by[1];
    rest = '';
  }
  return { date, author, rest, body: after, warnings };
}
