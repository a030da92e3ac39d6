/**
 * A short quotation inside reported words ("She said the plan was “rushed from the start”") is part
 * of that report: the reader sees one quote, the reported clause with its marks, not the clause and
 * a fragment of it counted twice.
 */
import type { Span } from '../schema';
import type { SpeechItem } from './speech-item';

/** Removes, in place, the quoted items that lie wholly inside a reported item's span. */
export function dropFragmentsOfReported(items: SpeechItem[]): void {
  const reported = new Map<number, Span[]>();
  for (const it of items) {
    if (it.kind !== 'reported') continue;
    for (const s of it.spans) {
      const list = reported.get(s.block);
      if (list) list.push(s);
      else reported.set(s.block, [s]);
    }
  }
  if (!reported.size) return;
  let kept = 0;
  for (const it of items) if (!insideReported(it, reported)) items[kept++] = it;
  // (Only when some were dropped: setting an array's length is a call into the runtime even when it stays.)
  if (kept < items.length) items.length = kept;
}

/** A quote wholly inside a report. (Loops, not `every` and `some` with arrows made per item.) */
function insideReported(it: SpeechItem, reported: Map<number, Span[]>): boolean {
  if (it.kind !== 'direct') return false;
  for (const s of it.spans) if (!insideOneOf(s, reported.get(s.block))) return false;
  return true;
}

/** A span inside one of the reports' spans. (The marks stand one character outside a quoted span; the report's span includes them.) */
function insideOneOf(s: Span, spans: readonly Span[] | undefined): boolean {
  if (!spans) return false;
  for (const r of spans)
    if (s.start - 1 >= r.start && s.end + 1 <= r.end + 1 && s.end - s.start < r.end - r.start) return true;
  return false;
}
