/**
 * The link-preview card as a satori tree (1200×630): the quote, who said it, the article and its
 * date. Satori lays out a subset of CSS with flexbox only; every element with children says so.
 */
import type { ReactNode } from 'react';

export interface CardContent {
  /** The quote's words, or the article's standfirst for an article card. */
  text: string;
  /** "Ana Pell" — null for an article card or an unattributed quote. */
  speaker: string | null;
  role: string | null;
  articleTitle: string;
  /** Already formatted ("1 December 2026"), or null. */
  date: string | null;
  /** Whether `text` is a quote (quotation marks, speaker line) or an article's summary. */
  isQuote: boolean;
}

const TEXT_MAX = 220;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Longer quotes get a smaller type so the card never overflows. */
function quoteSize(length: number): number {
  if (length < 80) return 60;
  if (length < 140) return 50;
  return 42;
}

export function cardLayout(content: CardContent): ReactNode {
  const text = clip(content.text, TEXT_MAX);
  const footer = [content.articleTitle, content.date].filter(Boolean).join(' · ');
  return (
    <div
      style={{
        width: 1200,
        height: 630,
        display: 'flex',
        background: '#fbfaf7',
        color: '#111827',
        borderTop: '14px solid #0369a1',
        fontFamily: 'Inter, Inter Ext',
      }}
    >
      {/* Sizes are explicit: satori adds padding to a box's size, so the inner box carries the margins. */}
      <div
        style={{
          width: 1056,
          height: 504,
          marginLeft: 72,
          marginTop: 50,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div
            style={{
              display: 'flex',
              width: 1056,
              fontFamily: 'Source Serif, Source Serif Ext',
              fontSize: quoteSize(text.length),
              lineHeight: 1.25,
            }}
          >
            {content.isQuote ? `“${text}”` : text}
          </div>
          {content.isQuote && (
            <div style={{ display: 'flex', flexDirection: 'column', marginTop: 32 }}>
              <div style={{ display: 'flex', fontSize: 34, fontWeight: 600, color: '#0c4a6e' }}>
                — {content.speaker ?? 'Unattributed'}
              </div>
              {content.role && (
                <div style={{ display: 'flex', fontSize: 26, color: '#374151', marginTop: 6 }}>
                  {clip(content.role, 80)}
                </div>
              )}
            </div>
          )}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            fontSize: 26,
            color: '#374151',
          }}
        >
          <div style={{ display: 'flex', maxWidth: 860 }}>{clip(footer, 110)}</div>
          <div
            style={{
              display: 'flex',
              fontFamily: 'Source Serif, Source Serif Ext',
              fontSize: 36,
              fontWeight: 700,
              color: '#111827',
            }}
          >
            <span style={{ color: '#0369a1' }}>“</span>Verbatim
          </div>
        </div>
      </div>
    </div>
  );
}
