/**
 * A quote with no cue takes the speaker a reader would assume: the quote next to it in the same
 * paragraph when nobody else is named in between, the other person of a two-person exchange, or
 * the speaker whose words closed the paragraph before, or, for a quote that is its whole paragraph,
 * the one person the paragraph of narration before is about. Otherwise it stays unattributed.
 */
import { globalPosition, type Entity, type EntityRegistry } from './entities';
import type { NameMention } from './name-mentions';
import { firstSpan, type SpeechItem } from './speech-item';
import type { ParagraphTextOf } from './paragraph-texts';

export interface InheritContext {
  textOf: ParagraphTextOf;
  registry: EntityRegistry;
  /** Person mentions outside quotes in a paragraph between two offsets. */
  mentionsBetween: (block: number, start: number, end: number) => NameMention[];
}

const isPossessive = (text: string, end: number) => /^['’]s?\s/.test(text.slice(end, end + 3));
// Whom a speaker told: "…,” he told Radio Ashby. “…”" brings in no other speaker.
const ADDRESSED = /\b(?:told|tells|telling|informed|informs)\s+(?:(?:the|an?)\s+)?$/i;
const isAddressee = (text: string, start: number) => ADDRESSED.test(text.slice(Math.max(0, start - 16), start));

// Narration in which the subject is given words rather than says them: whoever spoke is someone else.
const WORDS_RECEIVED =
  /\b(?:receiv(?:ed|es)|got|gets|heard|hears|drew|draws|(?:was|were|is|are|being|been) (?:given|met with|told|asked|greeted with))\b[^.!?]*$/;

/** How far after the end of a paragraph's last quote (its cue included) the paragraph may go on. */
const TRAILING_NARRATION = 60;

/** A factory, not a named arrow inside inheritSpeakers: under tsx a named closure is renamed each time it is made. */
const someoneElseBetweenOf =
  ({ textOf, registry, mentionsBetween }: InheritContext) =>
  (block: number, start: number, end: number, speaker: Entity): boolean =>
    mentionsBetween(block, start, end).some(
      (m) =>
        (m.tokens.length > 1 || m.title) &&
        !m.afterPreposition &&
        !isPossessive(textOf.get(block) ?? '', m.end) &&
        !isAddressee(textOf.get(block) ?? '', m.start) &&
        registry.findByName(m.name) !== speaker,
    );

export function inheritSpeakers(items: SpeechItem[], { textOf, registry, mentionsBetween }: InheritContext): void {
  // Someone else named between two quotes breaks the chain; the speaker's own cue does not.
  // A name after a preposition or in the possessive ("said Ana Roy of Carrow Securities", "Holy
  // Trinity's pastor") describes the speaker; it does not bring in another one.
  const someoneElseBetween = someoneElseBetweenOf({ textOf, registry, mentionsBetween });

  items.forEach((it, i) => {
    if (it.speaker || it.speakerPhrase || it.parent) return;
    const span = firstSpan(it);
    const prev = items[i - 1];
    const next = items[i + 1];
    const text = textOf.get(span.block) ?? '';
    const prevEnd = prev ? prev.spans[prev.spans.length - 1]! : null;

    // The previous quote's own cue ("said the Deputy Speaker, …") names no one else.
    const prevCueEnd = prev?.cue?.span?.block === span.block ? prev.cue.span.end : 0;
    if (
      prev?.speaker &&
      prevEnd?.block === span.block &&
      !someoneElseBetween(span.block, Math.max(prevEnd.end, prevCueEnd), span.start, prev.speaker)
    ) {
      it.speaker = prev.speaker;
      return;
    }
    if (
      next?.speaker &&
      next.kind === 'direct' &&
      firstSpan(next).block === span.block &&
      !someoneElseBetween(span.block, span.end, firstSpan(next).start, next.speaker)
    ) {
      it.speaker = next.speaker;
      return;
    }
    // "Her mother rolls her eyes. “…”": a quote after narration in its own paragraph belongs to whom
    // that narration is about, when no earlier speech of the paragraph stands between.
    // (Not when the narration says the words came to that person: "Ana Roy received a curt reply: “…”".)
    if (
      it.kind === 'direct' &&
      span.start > 3 &&
      !(prevEnd?.block === span.block) &&
      !WORDS_RECEIVED.test(text.slice(0, span.start))
    ) {
      const subject = registry.subjectBetween(globalPosition(span.block, 0), globalPosition(span.block, span.start));
      if (subject && subject.kind !== 'organisation') {
        it.speaker = subject;
        return;
      }
    }
    // A quote alone in its paragraph after a paragraph of narration with no speech, about one person
    // and nobody else ("Tom Reyes is the councillor for the ward." / "“…”"): that person speaks. A
    // press conference's topic headings between them ("On the injuries:") are read past.
    const narration = blockBeforeHeadings(span.block, textOf);
    if (it.kind === 'direct' && standsAlone(text, span) && !(prevEnd && prevEnd.block >= narration)) {
      const person = onlyPersonOfParagraph(narration, textOf, registry);
      if (person) {
        it.speaker = person;
        return;
      }
    }
    if (it.kind !== 'direct' || !/^\W{0,3}$/.test(text.slice(0, span.start)) || !prev?.speaker || !prevEnd) return;

    const before = items[i - 2];
    // A two-person exchange, one turn a paragraph: the turn with no cue belongs to the other one.
    // (Turns are quotes: a paragraph that reports a new speaker's words brings that speaker in.)
    if (
      before?.speaker &&
      prev.kind === 'direct' &&
      before.kind === 'direct' &&
      before.speaker !== prev.speaker &&
      firstSpan(prev).block === span.block - 1 &&
      firstSpan(before).block === span.block - 2
    ) {
      it.speaker = before.speaker;
      return;
    }
    const prevText = textOf.get(prevEnd.block) ?? '';
    const cueEnd = prev.cue?.span && prev.cue.span.block === prevEnd.block ? prev.cue.span.end : 0;
    if (
      prevEnd.block === blockBeforeHeadings(span.block, textOf) &&
      prevText.length - Math.max(prevEnd.end, cueEnd) <= TRAILING_NARRATION
    )
      it.speaker = prev.speaker;
  });
}

// A topic heading of a press conference's write-up: "On the performance:", "On the young players…".
const TOPIC_HEADING = /^(?:On|About|Regarding|Asked about)\s[^.!?:“”"…]{1,60}(?::|…|\.\.\.)$/;
/** How many topic headings may stand between a speaker's paragraph and the quotes under them. */
const MAX_HEADINGS = 2;

/** The paragraph before `block`, past the topic headings right before it. */
function blockBeforeHeadings(block: number, textOf: ParagraphTextOf): number {
  let before = block - 1;
  for (let n = 0; n < MAX_HEADINGS && TOPIC_HEADING.test(textOf.get(before)?.trim() ?? ''); n++) before--;
  return before;
}

/** Whether a quote is all its paragraph holds, marks and a full stop aside. */
const standsAlone = (text: string, span: { start: number; end: number }) =>
  /^\W{0,3}$/.test(text.slice(0, span.start)) && /^\W{0,3}$/.test(text.slice(span.end));

// A sentence of narration: words in lower case, and a full stop at the end. Not a name alone on its
// line, which may be a byline, nor a caption or credit ("Ana Roy (AFP)").
const NARRATION = /\s\p{Ll}+\s(?:.*\s)?\p{Ll}+\b.*[.!?…]['’"”]?\s*$/su;

/**
 * The person a paragraph of narration is about, when it is the only person named there and its
 * subject; null when the paragraph is no narration (a caption, a heading) or says the words came to
 * that person.
 */
function onlyPersonOfParagraph(block: number, textOf: ParagraphTextOf, registry: EntityRegistry): Entity | null {
  const text = textOf.get(block);
  if (text === undefined || !NARRATION.test(text) || WORDS_RECEIVED.test(text)) return null;
  const from = globalPosition(block, 0);
  const to = globalPosition(block, text.length);
  const person = registry.onlyPersonSeenBetween(from, to);
  return person && registry.subjectBetween(from, to) === person ? person : null;
}
