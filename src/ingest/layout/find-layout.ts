/** Tells the parts around the body apart: a title line, the standfirst, the correspondent note, the dateline. */

export interface Layout {
  title: string | null;
  standfirst: string[];
  correspondentNote: string | null;
  dateline: string | null;
  body: string[];
}

const NOTE = /^\(?from our (?:own )?(?:[a-z]+ )?(?:correspondent|envoy|reporter|bureau|desk|staff|team)s?\)?\.?$/i;
// An upper-case place (one to four words) before a dash: "PARIS –", "NEW YORK -", "RIO DE JANEIRO —".
const DATELINE = /^([A-Z][A-Z'’.-]*(?:[ ][A-Z][A-Z'’.-]*){0,3})(?:,[ ][A-Z][a-z]+\.?(?:[ ]\d{1,2})?)?[ ]+[–—-]{1,2}[ ]+\S/;

/** The dateline that opens a paragraph ("PARIS"), or null. */
export function datelineOf(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph);
  return m?.[1] && m[1].length >= 3 ? m[1] : null;
}

function isTitleLine(p: string): boolean {
  const words = p.split(/\s+/).length;
  return p.length <= 120 && words >= 2 && words <= 18 && !/[.!?:;,"”»]$/.test(p) && !NOTE.test(p) && !datelineOf(p) && !/ \(@\w/.test(p);
}

/** Splits paragraphs into title, standfirst, note and body, and finds the dateline. */
export function findLayout(paragraphs: string[], hasHeaderText: boolean): Layout {
  let rest = paragraphs.slice();
  let title: string | null = null;
  const firstParagraph = rest[0];
  if (!hasHeaderText && firstParagraph && rest.length > 1 && isTitleLine(firstParagraph)) {
    title = firstParagraph;
    rest = rest.slice(1);
  }
  const noteAt = rest.findIndex((p, i) => i <= 2 && NOTE.test(p));
  let correspondentNote: string | null = null;
  let standfirst: string[] = [];
  if (noteAt >= 0) {
    correspondentNote = rest[noteAt] ?? null;
    standfirst = rest.slice(0, noteAt);
    rest = rest.slice(noteAt + 1);
  }
  let dateline: string | null = null;
  const datelineAt = rest.findIndex((p, i) => i <= 1 && datelineOf(p) !== null);
  if (datelineAt >= 0) {
    dateline = datelineOf(rest[datelineAt] ?? '');
    if (datelineAt === 1 && noteAt < 0) {
      standfirst = rest.slice(0, 1);
      rest = rest.slice(1);
    }
  }
  return { title, standfirst, correspondentNote, dateline, body: rest };
}
