/** A run of a block's text cut at its repairs, so the renderer only maps parts to nodes. Pure. */
import type { Repair } from '../../ingest/schema';

export type RepairPart = { type: 'text'; text: string } | { type: 'repair'; original: string; repaired: string };

/**
 * Splits `text`, which starts at offset `from` of its block, at the block's `repairs`. A repair must
 * lie wholly inside the run and match the text as published; any other stays plain text.
 */
export function splitRepairs(text: string, from: number, repairs: readonly Repair[]): RepairPart[] {
  const parts: RepairPart[] = [];
  let pos = 0;
  for (const r of repairs) {
    const start = r.start - from;
    const end = r.end - from;
    if (start < pos || end > text.length || text.slice(start, end) !== r.original) continue;
    if (start > pos) parts.push({ type: 'text', text: text.slice(pos, start) });
    parts.push({ type: 'repair', original: r.original, repaired: r.repaired });
    pos = end;
  }
  if (pos < text.length || parts.length === 0) parts.push({ type: 'text', text: text.slice(pos) });
  return parts;
}
