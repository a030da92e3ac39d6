/**
 * Raw article → enriched segments: each block's text split into plain runs and quote runs, so that
 * the renderer only maps segments to elements. Pure: no React, no DOM.
 */
import type { Article, Block } from '../../ingest/schema';

/** Where one quote covers part of one block's text. */
export interface QuoteSpanRef {
  quoteId: string;
  start: number;
  end: number;
}

export type Segment =
  | { type: 'text'; text: string; start: number; end: number }
  | {
      type: 'quote';
      text: string;
      start: number;
      end: number;
      quoteId: string;
      /** True on the first segment of the quote in reading order: it carries the copy-link control. */
      first: boolean;
      /** True on the last segment of the quote in reading order. */
      last: boolean;
    };

/**
 * Splits `text` into plain and quote segments. Spans out of range or empty are ignored; where
 * spans overlap, the innermost (shortest) wins for the overlap, ties going to the one listed first.
 */
export function splitText(text: string, spans: readonly QuoteSpanRef[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let owner: QuoteSpanRef | undefined;
    for (const s of valid) {
      if (s.start <= start && s.end >= end && (!owner || s.end - s.start < owner.end - owner.start)) owner = s;
    }
    const prev = out[out.length - 1];
    const quoteId = owner?.quoteId;
    if (prev && (prev.type === 'quote' ? prev.quoteId === quoteId : quoteId === undefined)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      continue;
    }
    out.push(
      quoteId === undefined
        ? { type: 'text', text: text.slice(start, end), start, end }
        : { type: 'quote', text: text.slice(start, end), start, end, quoteId, first: false, last: false },
    );
  }
  return out;
}

/** The text a block's offsets point into: the paragraph (or furniture line), or the tweet's words. */
export function blockText(article: Pick<Article, 'tweets'>, block: Block): string {
  return block.type === 'tweet' ? (article.tweets[block.tweet]?.text ?? '') : block.text;
}

/** Segments for every block of the article, in order; the first segment of each quote is marked. */
export function segmentArticle(article: Pick<Article, 'blocks' | 'tweets' | 'quotes'>): Segment[][] {
  const byBlock = new Map<number, QuoteSpanRef[]>();
  for (const q of article.quotes) {
    for (const span of q.spans) {
      const list = byBlock.get(span.block) ?? [];
      list.push({ quoteId: q.id, start: span.start, end: span.end });
      byBlock.set(span.block, list);
    }
  }
  const blocks = article.blocks.map((block, i) => splitText(blockText(article, block), byBlock.get(i) ?? []));
  const firsts = new Map<string, Segment & { type: 'quote' }>();
  const lasts = new Map<string, Segment & { type: 'quote' }>();
  for (const seg of blocks.flat()) {
    if (seg.type !== 'quote') continue;
    if (!firsts.has(seg.quoteId)) firsts.set(seg.quoteId, seg);
    lasts.set(seg.quoteId, seg);
  }
  for (const seg of firsts.values()) seg.first = true;
  for (const seg of lasts.values()) seg.last = true;
  return blocks;
}
