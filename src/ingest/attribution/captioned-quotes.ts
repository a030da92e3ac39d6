/**
 * Quote columns ("They said it", "Quotes of the week"): each quote is a paragraph of its own, and the
 * paragraph after it names who said it and when, as a caption does:
 *
 *   “We hate losing, and we never want to get used to it.”
 *   Harbour Rovers coach Ana Lutz after the home defeat on Saturday.
 *
 * A caption opens with the speaker (a name, with a team, a company or a role before it) and goes on
 * in lower case, without a verb of saying ("Ana Lutz, who runs the bakery, said …" is narration). One
 * such pair is no column: in a story, a quote alone in its paragraph is the last speaker's, and the
 * next paragraph may well open with someone else. So pairs are read only where they follow one
 * another, caption then quote then caption, as a column prints them.
 */
import { ROLE_WORDS, SPEECH_VERB_SET } from './lexicon';
import type { SpeechItem } from './speech-item';
import type { ParagraphTextOf } from './paragraph-texts';

// A caption is a line, not a story paragraph.
const MAX_CAPTION = 250;
const MIN_PAIRS = 2;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const QUOTE_MARKS = /[“”"«»„]/;
const CAPTION_GOES_ON = new Set(
  'after before on at in during following ahead about as when speaking reacting talking responding reflecting explaining describing commenting discussing admitting insisting'.split(
    ' ',
  ),
);
// Words in -s that are no present tense of a headline's verb.
const NOT_PRESENT = new Set(['is', 'was', 'has', 'does', 'his', 'its', 'this', 'us', 'as', 'always', 'thus']);
const WHOLE_QUOTE = /^\s*[“"«„][^]*[”"»“]\s*$/;

// A caption's words: what stands between spaces, commas, semicolons, colons and brackets.
const CAPTION_WORD = /[^\s,;:()]+/g;

/** The name a caption opens with ("Harbour Rovers coach Ana Lutz after …" → Ana Lutz) and where the phrase ends. */
export function captionSpeaker(text: string): { name: string; start: number; end: number } | null {
  if (text.length > MAX_CAPTION || QUOTE_MARKS.test(text)) return null;
  // The opening phrase is read first, and the verbs of saying only when it holds a name that goes
  // on: most paragraphs after a quote are no caption, and are turned away by their first words.
  const phrase = openingName(text);
  if (!phrase || hasSpeechWord(text)) return null;
  return { name: text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end };
}

/** The full name that opens a caption and the words that go on after it, as offsets, or null. */
function openingName(text: string): { start: number; end: number } | null {
  let nameStart = -1;
  let nameWords = 0;
  let end = -1;
  let goesOn = false;
  CAPTION_WORD.lastIndex = 0;
  for (let w = CAPTION_WORD.exec(text); w; w = CAPTION_WORD.exec(text)) {
    const word = w[0].endsWith('.') ? w[0].slice(0, -1) : w[0];
    if (CAPITALISED.test(word)) {
      if (nameWords === 0) nameStart = w.index;
      nameWords++;
      end = w.index + word.length;
      continue;
    }
    // A role between the team or company and the name: "coach", "co-coach", "chief executive".
    const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
    if (ROLE_WORDS.has(last) && end >= 0) {
      nameWords = 0;
      continue;
    }
    // The caption goes on right after the name, after a space (not a bracket: "Ana Lutz (Rovers)" is
    // a label for the quote below), with when or where the words were said ("after the defeat", "on
    // the cup", "speaking to reporters") or a headline's present tense ("plays down …"); "Ben Cole,
    // the captain, was more upbeat" is a story's narration.
    goesOn =
      text.charAt(w.index - 1) === ' ' &&
      text.charAt(w.index - 2) !== ',' &&
      (CAPTION_GOES_ON.has(word) || (/^\p{Ll}+s$/u.test(word) && !NOT_PRESENT.has(word)));
    break;
  }
  // The phrase must end in a full name (two capitalised words at least) and go on.
  if (nameWords < 2 || end < 0 || !goesOn) return null;
  return { start: nameStart, end };
}

/** A verb of saying among a caption's words makes it narration ("Ana Lutz, who runs the bakery, said …"), as "according to" does. */
function hasSpeechWord(text: string): boolean {
  CAPTION_WORD.lastIndex = 0;
  for (let w = CAPTION_WORD.exec(text); w; w = CAPTION_WORD.exec(text))
    if (SPEECH_VERB_SET.has(w[0].replace(/[.!?]$/, '')) || w[0] === 'according') return true;
  return false;
}

/**
 * Gives quotes with no cue, each a whole paragraph, the speaker the next paragraph's caption names,
 * where at least `MIN_PAIRS` such pairs follow one another. Changes the items in place.
 */
export function attributeCaptionedQuotes(items: SpeechItem[], textOf: ParagraphTextOf): void {
  const pairs: CaptionPair[] = [];
  for (const item of items) {
    if (item.kind !== 'direct' || item.cue || item.spans.length !== 1) continue;
    const block = item.spans[0]!.block;
    const text = textOf.get(block);
    const next = textOf.get(block + 1);
    if (!text || !next || !WHOLE_QUOTE.test(text)) continue;
    const caption = captionSpeaker(next);
    if (caption) pairs.push({ item, block: block + 1, caption });
  }
  pairs.sort((a, b) => a.block - b.block);
  // Runs of pairs, each quote right after the caption before it.
  let run: CaptionPair[] = [];
  for (const pair of pairs) {
    const last = run[run.length - 1];
    if (last && pair.block !== last.block + 2) {
      giveCaptionSpeakers(run);
      run = [];
    }
    run.push(pair);
  }
  giveCaptionSpeakers(run);
}

/** A quote and the caption after it, in paragraph `block`. */
interface CaptionPair {
  item: SpeechItem;
  block: number;
  caption: NonNullable<ReturnType<typeof captionSpeaker>>;
}

/**
 * Gives each quote of a run the speaker its caption names, when the run is long enough. (A function
 * of its own, not a closure over the run: a named closure made on every article costs a
 * `defineProperty` of its name under tsx, which showed as 0.7% of the bench.)
 */
function giveCaptionSpeakers(run: readonly CaptionPair[]): void {
  if (run.length < MIN_PAIRS) return;
  for (const { item, block, caption } of run) {
    item.cue = { text: caption.name, span: { block, start: caption.start, end: caption.end } };
    item.speakerPhrase = caption.name;
    item.phraseAt = { block, offset: caption.start };
  }
}
