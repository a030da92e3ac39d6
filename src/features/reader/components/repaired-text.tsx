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

/** One repaired word, quietly marked; the text as published shows on hover and focus (index.css). */
function RepairedWord({ original, repaired }: { original: string; repaired: string }) {
  const asPublished = useAsPublished();
  return (
    // Focusable so keyboard users can see the word as published, as hover shows it (index.css).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <span className="repaired" data-repair-of={original} tabIndex={0}>
      {asPublished ? original : repaired}
    </span>
  );
}
