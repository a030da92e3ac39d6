import type { ReactNode } from 'react';
import type { Quote } from '../../../ingest/schema';
import { quoteClasses } from '../speaker-colors';

export interface QuoteMarkProps {
  quote: Quote;
  first: boolean;
  last: boolean;
  color: string;
  dimmed: boolean;
  /** Its speaker is one of those chosen in the filter: highlighted in full. */
  selected: boolean;
  active: boolean;
  /** Ids of the hidden descriptions (speaker, kind) screen readers announce on focus. */
  describedBy: string;
  /** The quote's language where it differs from the text around it. */
  lang?: string;
  children: ReactNode;
}

/**
 * One marked run of a quote: only the words, so the paragraph reads as written. The first run is
 * the quote's one tab stop; its actions (copy link) stand in the margin (QuoteActions), never here.
 */
export function QuoteMark(p: QuoteMarkProps) {
  return (
    <mark
      className={quoteClasses(p.quote.kind, p.color)}
      lang={p.lang}
      data-quote-id={p.quote.id}
      data-speaker-id={p.quote.speakerId ?? ''}
      data-kind={p.quote.kind}
      data-first={p.first}
      data-last={p.last}
      data-dimmed={p.dimmed || undefined}
      data-selected={p.selected || undefined}
      data-active={p.active && p.first ? 'true' : undefined}
      data-marked={p.active && !p.first ? 'true' : undefined}
      tabIndex={p.first ? 0 : undefined}
      aria-describedby={p.describedBy}
    >
      {p.children}
    </mark>
  );
}
