/**
 * Speech without quotation marks, sentence by sentence: each sentence that holds a trigger word is
 * read by the rules of `sentence-rules.ts` (reported speech after a verb, "according to X", a colon
 * cue, ", she said" in the middle or at the end), and first-person sentences continue what someone
 * just said.
 */
import { splitSentences, type Range } from '../text/sentences';
import {
  closingVerbWithin,
  SENTENCE_RULES,
  speechLike,
  stripEnd,
  type RuleResult,
  type SentenceContext,
} from './sentence-rules';
import { RangeIndex } from '../text/sorted-search';
import type { SpeechItem } from './speech-item';
import { WordTable, type TableWord } from './word-table';

export { CATAPHORA, CONTRAST, trailingAdverbial } from './sentence-rules';

/** Which rules each trigger word wakes (one bit per rule, in table order), built from the table so
 * that no rule can be left out. */
export const RULE_BITS_BY_WORD = new Map<string, number>();
let COLON_BITS = 0;
if (SENTENCE_RULES.length > 31) throw new Error('sentence rules: more than 31 rules do not fit the trigger bits');
SENTENCE_RULES.forEach((rule, index) => {
  // (A rule with no trigger would never run; sentence-rules.test.ts fails on one, so loading never throws.)
  for (const word of rule.triggers) {
    if (word === ':') COLON_BITS |= 1 << index;
    else RULE_BITS_BY_WORD.set(word, (RULE_BITS_BY_WORD.get(word) ?? 0) | (1 << index));
  }
});
// The trigger words alone, for a paragraph read without the scan the article shares (tests, one paragraph).
const CUE_WORDS = new WordTable(RULE_BITS_BY_WORD, new Map());

/** The rule that found speech in a sentence, and what it found. */
interface RuleHit {
  found: RuleResult;
  rule: string;
}

/** The first rule that finds speech in a sentence, and what it found: the rules its trigger bits wake, in table order. */
function runRules(ctx: SentenceContext, bits: number): RuleHit | null {
  for (let i = 0; i < SENTENCE_RULES.length; i++) {
    if (!(bits & (1 << i))) continue;
    const rule = SENTENCE_RULES[i]!;
    if (ctx.hasQuote && !rule.inQuotedSentences) continue;
    const found = rule.match(ctx);
    // (One shape for every hit: a copy of the rule's result with the name added took the shape of
    // each rule's result, and reading it back was a look-up on many shapes.)
    if (found?.items.length) return closedByLaterCue(ctx, bits, i, found) ?? { found, rule: rule.name };
  }
  return null;
}

const CUE_AT_END = SENTENCE_RULES.findIndex((rule) => rule.name === 'cue-at-end');

/**
 * "Lab checks revealed the well was clean, a spokesperson told the Courier.": a cue that closes the
 * sentence gives all of it, the earlier report included, to its speaker, where the clause an earlier
 * verb reports would otherwise run on through that cue. Null where no such cue closes the clause.
 */
function closedByLaterCue(ctx: SentenceContext, bits: number, ruleIndex: number, found: RuleResult): RuleHit | null {
  if (ruleIndex >= CUE_AT_END || !(bits & (1 << CUE_AT_END))) return null;
  const last = found.items[found.items.length - 1]!;
  const span = last.spans[last.spans.length - 1]!;
  // (A closing cue's verb stands inside the clause: a clause with none is spared the rule.)
  if (!closingVerbWithin(ctx, span.start, span.end)) return null;
  const closing = SENTENCE_RULES[CUE_AT_END]!.match(ctx);
  const cue = closing?.items[0]?.cue?.span;
  if (!closing || !cue || cue.start <= span.start || cue.start >= span.end) return null;
  return { found: closing, rule: 'cue-at-end' };
}

const neverQuoted = (_at: number) => false;
const neverOverlaps = (_start: number, _end: number) => false;

/** A sentence whose own cue names someone other than its own first person starts new speech. */
const namesAnotherSpeaker = (hit: RuleHit | null) =>
  hit !== null && hit.found.items.some((it) => it.speakerPhrase !== null && !/^(?:i|we|you)$/i.test(it.speakerPhrase));

/**
 * Finds speech without marks in one paragraph; `quoted` are the ranges already inside marks, `words`
 * the paragraph's trigger words with their rule bits (from the article's shared word scan).
 */
export function findSentenceSpeech(
  block: number,
  text: string,
  quoted: Range[],
  sentences: Range[] = splitSentences(text),
  words: readonly TableWord[] = CUE_WORDS.scan(text).ruleWords,
): SpeechItem[] {
  return speechOfSentences(block, text, quoted, sentences, words, null);
}

/** The same, with the name of the rule behind each sentence's items (for tests and debugging). */
export function scanSentences(
  block: number,
  text: string,
  quoted: Range[],
  sentences: Range[] = splitSentences(text),
  found: readonly TableWord[] = CUE_WORDS.scan(text).ruleWords,
): { items: SpeechItem[]; rules: string[] } {
  const rules: string[] = [];
  return { items: speechOfSentences(block, text, quoted, sentences, found, rules), rules };
}

/**
 * The speech of a paragraph's sentences; the name of the rule behind each item is added to `rules`
 * when a list is given (the tests read them; the ingest does not, and makes none).
 */
function speechOfSentences(
  block: number,
  text: string,
  quoted: Range[],
  sentences: Range[],
  found: readonly TableWord[],
  rules: string[] | null,
): SpeechItem[] {
  const out: SpeechItem[] = [];
  // One pass over the paragraph found every trigger word; a paragraph with none (and no colon) holds
  // no speech outside quotation marks.
  if (!found.length && !text.includes(':')) return out;
  // (Most paragraphs hold no quote: they need no index, and no sentence of theirs overlaps one.)
  const index = quoted.length ? new RangeIndex(quoted) : null;
  // (Bound, not written as named arrows: under tsx every named closure is renamed each time it is
  // made, about 0.3 µs apiece, which per sentence and paragraph was a few per cent of the ingest.)
  const isQuoted: (at: number) => boolean = index ? index.contains.bind(index) : neverQuoted;
  const overlapsQuoted: (start: number, end: number) => boolean = index ? index.overlaps.bind(index) : neverOverlaps;
  let continuing: SpeechItem | null = null;
  let relaxed = false;
  let first = 0;
  // The first colon at or after the sentence's start, carried from one sentence to the next (an
  // indexOf from each sentence to the paragraph's end read a long paragraph once per sentence).
  let colonAt = -2;

  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const base = sentence.start;
    const hasQuote = index !== null && index.overlaps(sentence.start, sentence.end);
    // The sentence's trigger words: the paragraph's, from the first at or after its start.
    while (first < found.length && found[first]!.start < sentence.start) first++;
    let last = first;
    let bits = 0;
    for (; last < found.length && found[last]!.start < sentence.end; last++) bits |= found[last]!.rules;
    if (colonAt !== -1 && colonAt < sentence.start) colonAt = text.indexOf(':', sentence.start);
    if (colonAt >= 0 && colonAt < sentence.end) bits |= COLON_BITS;
    // (The sentence's own string is cut only when a rule or the continuation test reads it.)
    const s: string | null = bits || continuing ? text.slice(sentence.start, sentence.end) : null;
    let own: RuleHit | null = null;
    if (bits) {
      const ctx: SentenceContext = {
        block,
        text,
        sentence,
        s: s!,
        base,
        cueWords: found,
        firstCue: first,
        endCue: last,
        hasQuote,
        // (A sentence that overlaps no quote has none of its positions inside one.)
        quoted: hasQuote ? isQuoted : neverQuoted,
        overlapsQuoted,
        next: sentences[si + 1],
      };
      own = runRules(ctx, bits);
    }
    first = last;

    // A first-person sentence right after someone's speech goes on with it. After a colon cue the
    // speech runs on to the paragraph's end unless a sentence brings its own cue.
    // (The pattern of the first person last: the other tests are cheaper.)
    if (continuing && !hasQuote && !namesAnotherSpeaker(own) && (relaxed || speechLike(s!))) {
      const end = stripEnd(text, base, sentence.end);
      const lastSpan = continuing.spans[continuing.spans.length - 1]!;
      // Only speech that runs on without a break is one quote; after ", she said." a new one starts.
      const adjacent = lastSpan.block === block && /^[\s.!?…]*$/.test(text.slice(lastSpan.end, base));
      if (continuing.kind !== 'unmarked' || !adjacent) {
        const child: SpeechItem = {
          kind: 'unmarked',
          spans: [{ block, start: base, end }],
          cue: null,
          speakerPhrase: null,
          phraseAt: { block, offset: base },
          cataphora: null,
          parent: continuing,
          speaker: null,
        };
        out.push(child);
        rules?.push('continuation');
        continuing = child;
      } else lastSpan.end = end;
      continue;
    }
    continuing = null;
    relaxed = false;
    if (!own) continue;
    for (const it of own.found.items) {
      out.push(it);
      rules?.push(own.rule);
    }
    continuing = own.found.continuing;
    relaxed = own.found.relaxed ?? false;
  }
  return out;
}
