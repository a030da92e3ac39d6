import type { ReactNode } from 'react';
import type { Quote } from '../../../ingest/schema';
import { quoteClasses } from '../speaker-colors';
import { CopyLinkButton } from './copy-link-button';

export interface QuoteMarkProps {
  quote: Quote;
  first: boolean;
  last: boolean;
  color: string;
  dimmed: boolean;
  active: boolean;
  /** Ids of the hidden descriptions (speaker, kind) screen readers announce on focus. */
  describedBy: string;
  speakerName: string;
  onCopy: (quoteId: string) => void;
  children: ReactNode;
}

/** One highlighted run of a quote. The first run is focusable and carries the copy-link control. */
export function QuoteMark(p: QuoteMarkProps) {
  return (
    <>
      <mark
        className={quoteClasses(p.quote.kind, p.color)}
        data-quote-id={p.quote.id}
        data-speaker-id={p.quote.speakerId ?? ''}
        data-kind={p.quote.kind}
        data-first={p.first}
        data-last={p.last}
        data-dimmed={p.dimmed || undefined}
        data-active={p.active && p.first ? 'true' : undefined}
        data-marked={p.active && !p.first ? 'true' : undefined}
        tabIndex={p.first ? 0 : undefined}
        aria-describedby={p.describedBy}
      >
        {p.children}
      </mark>
      {p.first && <CopyLinkButton speakerName={p.speakerName} onClick={() => p.onCopy(p.quote.id)} />}
    </>
  );
}
