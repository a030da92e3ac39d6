/**
 * Twelve colours, assigned by speaker order. Each `sp-N` class sets the speaker's colours as CSS
 * variables (see index.css); the pairs keep AA contrast with the quote text in both themes. Colour is
 * never the only cue: the speaker's initials stand in the margin and in the sidebar.
 */
import type { QuoteKind, Speaker } from '../../ingest/schema';

export const PALETTE_SIZE = 12;

/** The colour class for quotes nobody could be named for. */
export const UNKNOWN_COLOR = 'sp-x';

/** Colour class per speaker id, in the order the speakers are listed; wraps after the palette ends. */
export function assignColors(speakers: readonly Pick<Speaker, 'id'>[]): Map<string, string> {
  return new Map(speakers.map((s, i) => [s.id, `sp-${i % PALETTE_SIZE}`]));
}

/** The highlight classes for a quote of `kind` in colour class `color`. */
export const quoteClasses = (kind: QuoteKind, color: string) => `quote quote-${kind} ${color}`;

/** How the tooltip and screen readers name each kind. */
export const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  unmarked: 'speech (quotation marks lost)',
  reported: 'reported speech',
  tweet: 'tweet',
};
