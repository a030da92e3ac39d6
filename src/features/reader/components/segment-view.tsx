import type { ReactNode } from 'react';
import type { Segment } from '../segments';
import { colorOf, isDimmed, type ReaderModel } from '../reader-model';
import { QuoteMark } from './quote-mark';

export interface SegmentContext {
  model: ReaderModel;
  selected: ReadonlySet<string>;
  activeQuoteId: string | null;
}

/** Hidden description ids for a quote: its speaker, its kind and its keys (see QuoteDescriptions). */
export const descIds = (model: ReaderModel, speakerId: string | null, kind: string) =>
  `desc-speaker-${speakerId && model.speakers.has(speakerId) ? speakerId : 'unknown'} desc-kind-${kind} desc-actions`;

/**
 * What a block's quote marks show of the filter and the opened quote, as a short key: the block
 * re-renders when it changes (its words never change).
 */
export function blockState(segments: readonly Segment[], ctx: SegmentContext): string {
  let state = '';
  for (const seg of segments) {
    if (seg.type === 'text') continue;
    const quote = ctx.model.quotes.get(seg.quoteId);
    if (!quote) continue;
    const selected = !!quote.speakerId && ctx.selected.has(quote.speakerId);
    state += `${isDimmed(quote, ctx.selected) ? 'd' : '-'}${selected ? 's' : '-'}${ctx.activeQuoteId === quote.id ? 'a' : '-'}`;
  }
  return state;
}

/** Renders segments; `renderText` turns a text range into nodes (plain text, or tweet entities). */
export function SegmentsView({
  segments,
  ctx,
  renderText,
}: {
  segments: Segment[];
  ctx: SegmentContext;
  renderText: (start: number, end: number, text: string) => ReactNode;
}) {
  return segments.map((seg) => {
    const body = renderText(seg.start, seg.end, seg.text);
    if (seg.type === 'text') return <span key={seg.start}>{body}</span>;
    const quote = ctx.model.quotes.get(seg.quoteId)!;
    return (
      <QuoteMark
        key={seg.start}
        quote={quote}
        first={seg.first}
        last={seg.last}
        color={colorOf(ctx.model, quote.speakerId)}
        dimmed={isDimmed(quote, ctx.selected)}
        selected={!!quote.speakerId && ctx.selected.has(quote.speakerId)}
        active={ctx.activeQuoteId === quote.id}
        describedBy={descIds(ctx.model, quote.speakerId, quote.kind)}
        lang={
          quote.lang && quote.kind !== 'tweet' && quote.lang !== ctx.model.article.language ? quote.lang : undefined
        }
      >
        {body}
      </QuoteMark>
    );
  });
}
