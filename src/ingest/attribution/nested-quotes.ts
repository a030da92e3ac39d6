/**
 * A short quotation inside reported words ("She said the plan was “rushed from the start”") is part
 * of that report: the reader sees one quote, the reported clause with its marks, not the clause and
 * a fragment of it counted twice.
 */
import type { SpeechItem } from './speech-item';

/** Removes, in place, the quoted items that lie wholly inside a reported item's span. */
export function dropFragmentsOfReported(items: SpeechItem[]): void {
  const reported = new Map<number, Array<{ start: number; end: number }>>();
  for (const it of items) {
    if (it.kind !== 'reported') continue;
    for (const s of it.spans) {
      const list = reported.get(s.block) ?? [];
      list.push(s);
      reported.set(s.block, list);
    }
  }
  if (!reported.size) return;
  let kept = 0;
  for (const it of items) if (!insideReported(it, reported)) items[kept++] = it;
  items.length = kept;
}

/** A quote wholly inside a report. (The marks stand one character outside a quoted span; the report's span includes them.) */
function insideReported(it: SpeechItem, reported: Map<number, Array<{ start: number; end: number }>>): boolean {
  return (
    it.kind === 'direct' &&
    it.spans.every((s) =>
      (reported.get(s.block) ?? []).some(
        (r) => s.start - 1 >= r.start && s.end + 1 <= r.end + 1 && s.end - s.start < r.end - r.start,
      ),
    )
  );
}
