import type { QuoteKind, Span } from '../schema';
import type { Entity } from './entities';

/** A stretch of speech found in the text, before its speaker is resolved. */
export interface SpeechItem {
  kind: QuoteKind;
  spans: Span[];
  cue: { text: string; span: Span } | null;
  /** The words that name the speaker, still unresolved ("he", "the minister", "Rendl"). */
  speakerPhrase: string | null;
  /** Where the speaker phrase stands: pronouns resolve to who was seen before it. */
  phraseAt: { block: number; offset: number };
  /** "…, he said. Putin, who …": the name that the next sentence gives for the pronoun. */
  cataphora: string | null;
  /** Continues another item's speech ("replied that … . We …"): same speaker. */
  parent: SpeechItem | null;
  speaker: Entity | null;
}

export const firstSpan = (item: SpeechItem): Span => item.spans[0]!;
