/** Everything the reader renders, derived once from the fetched Article. Pure. */
import type { Article, Quote, Speaker } from '../../ingest/schema';
import { segmentArticle, type Segment } from './segments';
import { assignColors, KIND_LABEL, UNKNOWN_COLOR } from './speaker-colors';

export interface ReaderModel {
  article: Article;
  /** Per block, in order: the text cut into plain and quote segments. */
  segments: Segment[][];
  quotes: Map<string, Quote>;
  speakers: Map<string, Speaker>;
  colors: Map<string, string>;
  /** Quotes in reading order (by their first span). */
  order: Quote[];
}

export function buildReaderModel(article: Article): ReaderModel {
  const first = (q: Quote) => q.spans.reduce((a, b) => (b.block < a.block || (b.block === a.block && b.start < a.start) ? b : a));
  const order = [...article.quotes].sort((a, b) => {
    const x = first(a);
    const y = first(b);
    return x.block - y.block || x.start - y.start;
  });
  return {
    article,
    segments: segmentArticle(article),
    quotes: new Map(article.quotes.map((q) => [q.id, q])),
    speakers: new Map(article.speakers.map((s) => [s.id, s])),
    colors: assignColors(article.speakers),
    order,
  };
}

export function colorOf(model: ReaderModel, speakerId: string | null): string {
  return (speakerId && model.colors.get(speakerId)) || UNKNOWN_COLOR;
}

/** "Emmanuel Macron, French President" or "Speaker unknown". */
export function speakerLabel(speaker: Speaker | undefined): string {
  if (!speaker) return 'Speaker unknown';
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** What the tooltip says about a quote: who, in what role, what kind of speech. */
export function quoteDescription(model: ReaderModel, quote: Quote): string {
  const speaker = quote.speakerId ? model.speakers.get(quote.speakerId) : undefined;
  return `${speakerLabel(speaker)} — ${KIND_LABEL[quote.kind]}`;
}

/** True when the filter is on and this quote's speaker is not chosen. */
export function isDimmed(quote: Quote, selected: ReadonlySet<string>): boolean {
  return selected.size > 0 && !(quote.speakerId && selected.has(quote.speakerId));
}
