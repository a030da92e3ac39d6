import { useId } from 'react';
import type { Repair } from '../../../ingest/schema';
import { splitRepairs } from '../repair-parts';
import { useAsPublished } from './as-published';

/** A run of text with its repaired words shown repaired (see ingest/repair/repair-article.ts). */
export function RepairedText({ text, from, repairs }: { text: string; from: number; repairs: readonly Repair[] }) {
  if (repairs.length === 0) return text;
  return splitRepairs(text, from, repairs).map((part, i) =>
    part.type === 'text' ? part.text : <RepairedWord key={i} original={part.original} repaired={part.repaired} />,
  );
}

/**
 * One repaired word, quietly marked. Hovered or focused (by Tab, a click or a tap) it swaps in
 * place to its other form, the text as published (index.css): nothing is drawn over the text around it. The
 * word's own text stays in the DOM (the contract: `data-repair-of` on an element whose text is the
 * repaired word); screen readers get the other form as the word's description.
 */
function RepairedWord({ original, repaired }: { original: string; repaired: string }) {
  const asPublished = useAsPublished();
  const noteId = useId();
  const other = asPublished ? repaired : original;
  return (
    <>
      {/* Focusable so that keyboard and touch users can swap the word, as a click does. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <span className="repaired" data-repair-of={original} data-swap={other} tabIndex={0} aria-describedby={noteId}>
        <span className="repaired-word">{asPublished ? original : repaired}</span>
      </span>
      <span id={noteId} hidden>
        {asPublished ? `repaired: ${repaired}` : `as published: ${original}`}
      </span>
    </>
  );
}
