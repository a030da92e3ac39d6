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
  /** The speakers by kind, in the order the sidebar lists them; only kinds that have speakers. */
  groups: SpeakerGroup[];
  /** Per block: the speakers quoted in it, in order of their first quote there (null: unknown). */
  marginSpeakers: (string | null)[][];
  /** Quotes in the text (tweets not included), and how many of them have no speaker. */
  quoteCount: number;
  unattributed: number;
}

export interface SpeakerGroup {
  kind: Speaker['kind'];
  heading: string;
  speakers: Speaker[];
  /** Quotes in the text (tweets not included) said by this group's speakers. */
  quoteCount: number;
}

const GROUPS: [Speaker['kind'], string][] = [
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['unnamed', 'Unnamed sources'],
];

/** People, organisations, then unnamed sources, each in the article's order; empty kinds left out. */
export function groupSpeakers(speakers: readonly Speaker[], quotes: readonly Quote[]): SpeakerGroup[] {
  return GROUPS.map(([kind, heading]) => {
    const members = speakers.filter((s) => s.kind === kind);
    const ids = new Set(members.map((s) => s.id));
    const quoteCount = quotes.filter((q) => q.kind !== 'tweet' && q.speakerId !== null && ids.has(q.speakerId)).length;
    return { kind, heading, speakers: members, quoteCount };
  }).filter((g) => g.speakers.length > 0);
}

export function buildReaderModel(article: Article): ReaderModel {
  const first = (q: Quote) =>
    q.spans.reduce((a, b) => (b.block < a.block || (b.block === a.block && b.start < a.start) ? b : a));
  const order = [...article.quotes].sort((a, b) => {
    const x = first(a);
    const y = first(b);
    return x.block - y.block || x.start - y.start;
  });
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const inText = article.quotes.filter((q) => q.kind !== 'tweet');
  const segments = segmentArticle(article);
  const quotes = new Map(article.quotes.map((q) => [q.id, q]));
  return {
    article,
    segments,
    marginSpeakers: segments.map((segs) => speakersOfBlock(segs, quotes, speakers)),
    quotes,
    speakers,
    colors: assignColors(article.speakers),
    order,
    groups: groupSpeakers(article.speakers, article.quotes),
    quoteCount: inText.length,
    // A speaker id the article does not list reads as "Speaker unknown" in the text, so it counts here.
    unattributed: inText.filter((q) => !(q.speakerId && speakers.has(q.speakerId))).length,
  };
}

/** The distinct speakers quoted in one block's segments, in reading order; unknown ids read as null. */
export function speakersOfBlock(
  segs: readonly Segment[],
  quotes: ReadonlyMap<string, Quote>,
  speakers: ReadonlyMap<string, Speaker>,
) {
  const ids: (string | null)[] = [];
  for (const seg of segs) {
    if (seg.type !== 'quote') continue;
    const id = quotes.get(seg.quoteId)?.speakerId ?? null;
    const known = id && speakers.has(id) ? id : null;
    if (!ids.includes(known)) ids.push(known);
  }
  return ids;
}

export function colorOf(model: ReaderModel, speakerId: string | null): string {
  return (speakerId && model.colors.get(speakerId)) || UNKNOWN_COLOR;
}

/** The name an avatar takes its initials from: "a spokesperson for the council" reads SC, not AC. */
export const avatarName = (name: string) => name.replace(/^(an?|the) /i, '');

/** "Emmanuel Macron, French President", "police (unnamed source)" or "Speaker unknown". */
export function speakerLabel(speaker: Speaker | undefined): string {
  if (!speaker) return 'Speaker unknown';
  const label = speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
  return speaker.kind === 'unnamed' ? `${label} (unnamed source)` : label;
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
