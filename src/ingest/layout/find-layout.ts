/**
 * Tells the parts around the body apart: a title line, the standfirst, the correspondent note, the
 * dateline, and the page furniture a copied web page brings along (captions, credits, bylines, share
 * lines: see page-furniture.ts). Furniture keeps its place in the flow but is never the title, the
 * standfirst or the dateline paragraph.
 */
import { WIRE_AGENCIES } from '../text/dateline-lead';
import { piecesBetweenSpaces } from '../text/space-runs';
import type { FurnitureKind } from '../schema';
import { classifyParagraphs, splitLeadingCredit } from './page-furniture';
import { mayGiveTitle } from './derive-title';

export type LayoutParagraph =
  { role: 'standfirst' | 'body'; text: string } | { role: 'furniture'; kind: FurnitureKind; text: string };

export interface Layout {
  title: string | null;
  /** The standfirst paragraphs (also in `paragraphs`, with the role `standfirst`). */
  standfirst: string[];
  correspondentNote: string | null;
  dateline: string | null;
  /** Every paragraph but the title line and the correspondent note, in the order written. */
  paragraphs: LayoutParagraph[];
}

/** How many furniture paragraphs (a share bar, "Advertisement") may come before the title line. */
const MAX_LEADING_FURNITURE = 4;

const NOTE = /^\(?from our (?:own )?(?:[a-z]+ )?(?:correspondent|envoy|reporter|bureau|desk|staff|team)s?\)?\.?$/i;
// An upper-case place (one to four words) before a dash: "PARIS –", "NEW YORK -", "RIO DE JANEIRO —",
// with the wire's tag after it when there is one: "LONDON (Reuters) -", "OTTAWA, Jan. 5 (AP) —".
const DATELINE = new RegExp(
  `^([A-Z][A-Z'’.-]*(?:[ ][A-Z][A-Z'’.-]*){0,3})(?:,[ ][A-Z][a-z]+\\.?(?:[ ]\\d{1,2})?)?(?:[ ]+[–—-]{1,2}[ ]+|[ ]\\((?:${WIRE_AGENCIES.join('|')})\\)[ ]*[–—-]{1,2}[ ]*)\\S`,
);

/** The dateline that opens a paragraph ("PARIS"), or null. */
export function datelineOf(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph);
  return m?.[1] && m[1].length >= 3 ? m[1] : null;
}

function isTitleLine(p: string): boolean {
  if (p.length > 120) return false;
  const words = piecesBetweenSpaces(p);
  if (words < 2 || words > 18 || NOTE.test(p) || datelineOf(p) || / \(@\w/.test(p) || !mayGiveTitle(p)) return false;
  if (!/[.!?:;,"”»]$/.test(p)) return true;
  // A headline may end in a question mark, or in a closing quotation mark right after a word
  // ('… warns of “very difficult 48 hours”'); never in a full stop, and it holds one sentence only.
  // A line that opens with a quotation mark is a quote.
  if (/^["“‘«„]/.test(p) || /[.!?]\s/.test(p)) return false;
  const inner = p.replace(/["”»]+$/, '');
  return inner.length < p.length ? !/[.!?:;,]$/.test(inner) : p.endsWith('?');
}

/** A kicker: one to four words in capitals, no sentence ("CALL AND RESPONSE", "WORLD CUP 2026"). */
function isKicker(p: string): boolean {
  return p.length <= 40 && !/\p{Ll}/u.test(p) && /^\p{Lu}[\p{Lu}\d '’&-]*$/u.test(p) && piecesBetweenSpaces(p) <= 4;
}

/** The paragraph at an index, or '' when there is none. */
const paragraphAt = (paragraphs: string[], i: number | undefined) => (i === undefined ? '' : (paragraphs[i] ?? ''));

/** Splits paragraphs into title, standfirst, note and body, finds the dateline, and marks page furniture. */
export function findLayout(written: string[], hasHeaderText: boolean): Layout {
  // (Loops, not flatMap: an array per paragraph cost more than the test it carried.)
  const paragraphs: string[] = [];
  for (const p of written) {
    // (Only a paragraph that opens with a bracket or "This " can open with a credit or a repost
    // note: the others are kept without the array splitLeadingCredit returns.)
    if (p.charCodeAt(0) !== 40 /* ( */ && !p.startsWith('This ')) {
      paragraphs.push(p);
      continue;
    }
    for (const part of splitLeadingCredit(p)) paragraphs.push(part);
  }
  const kinds = classifyParagraphs(paragraphs);
  // The story's own paragraphs, by index: the title, standfirst, note and dateline are looked for among them.
  let rest: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (kinds[i] === null) rest.push(i);
  let title: string | null = null;
  let titleAt = -1;
  // A kicker above the headline ("CALL AND RESPONSE"): a short line in capitals before a headline in
  // ordinary case labels the section; the headline is the title.
  const kickerAt = rest[0];
  const next = paragraphAt(paragraphs, rest[1]);
  if (
    !hasHeaderText &&
    kickerAt !== undefined &&
    rest.length > 2 &&
    isKicker(paragraphAt(paragraphs, kickerAt)) &&
    isTitleLine(next) &&
    /\p{Ll}/u.test(next)
  ) {
    kinds[kickerAt] = 'navigation';
    rest = rest.slice(1);
  }
  const first = rest[0];
  if (
    !hasHeaderText &&
    first !== undefined &&
    first <= MAX_LEADING_FURNITURE &&
    rest.length > 1 &&
    isTitleLine(paragraphAt(paragraphs, first))
  ) {
    title = paragraphAt(paragraphs, first);
    titleAt = first;
    rest = rest.slice(1);
  }
  let noteAt = -1;
  for (let at = 0; at < 3 && at < rest.length && noteAt < 0; at++)
    if (NOTE.test(paragraphAt(paragraphs, rest[at]))) noteAt = at;
  let correspondentNote: string | null = null;
  let standfirst: number[] = [];
  const noteIndex = noteAt >= 0 ? (rest[noteAt] ?? -1) : -1;
  if (noteAt >= 0) {
    correspondentNote = paragraphAt(paragraphs, rest[noteAt]);
    standfirst = rest.slice(0, noteAt);
    rest = rest.slice(noteAt + 1);
  }
  // The dateline opens one of the first two paragraphs left (read once each: the one found is kept).
  let dateline: string | null = null;
  for (let at = 0; at < 2 && at < rest.length && dateline === null; at++) {
    dateline = datelineOf(paragraphAt(paragraphs, rest[at]));
    if (dateline !== null && at === 1 && noteAt < 0) standfirst = rest.slice(0, 1);
  }
  const inStandfirst = new Set(standfirst);
  const out: LayoutParagraph[] = [];
  paragraphs.forEach((text, i) => {
    if (i === titleAt || i === noteIndex) return;
    const kind = kinds[i];
    if (kind) out.push({ role: 'furniture', kind, text });
    else out.push({ role: inStandfirst.has(i) ? 'standfirst' : 'body', text });
  });
  return {
    title,
    standfirst: standfirst.map((i) => paragraphAt(paragraphs, i)),
    correspondentNote,
    dateline,
    paragraphs: out,
  };
}
