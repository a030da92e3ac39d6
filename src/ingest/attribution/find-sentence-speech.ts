/**
 * Speech without quotation marks, sentence by sentence: each sentence that holds a trigger word is
 * read by the rules of `sentence-rules.ts` (reported speech after a verb, "according to X", a colon
 * cue, ", she said" in the middle or at the end), and first-person sentences continue what someone
 * just said.
 */
import { findWords, hashesOf, isLatinText } from '../text/ascii-words';
import { splitSentences, type Range } from './sentences';
import { SENTENCE_RULES, speechLike, stripEnd, type RuleResult, type SentenceContext, type SentenceRule } from './sentence-rules';
import { lowerBound, RangeIndex } from './sorted-search';
import type { SpeechItem } from './speech-item';

export { CATAPHORA, CONTRAST } from './sentence-rules';

/** Which rules each trigger word wakes, built from the table so that no rule can be left out. */
const RULES_BY_WORD = new Map<string, number[]>();
const COLON_RULES: number[] = [];
SENTENCE_RULES.forEach((rule, index) => {
  // (A rule with no trigger would never run; sentence-rules.test.ts fails on one, so loading never throws.)
  for (const word of rule.triggers) {
    if (word === ':') {
      COLON_RULES.push(index);
      continue;
    }
    const list = RULES_BY_WORD.get(word) ?? [];
    if (!list.includes(index)) list.push(index);
    RULES_BY_WORD.set(word, list);
  }
});
const CUE_WORDS: ReadonlySet<string> = new Set(RULES_BY_WORD.keys());
const CUE_WORD_HASHES = hashesOf(CUE_WORDS);

/** The rules a sentence's trigger words wake, in table order. */
function rulesFor(words: Iterable<string>, colon: boolean): SentenceRule[] {
  const picked = new Set<number>(colon ? COLON_RULES : []);
  for (const w of words) for (const i of RULES_BY_WORD.get(w) ?? []) picked.add(i);
  return [...picked].sort((a, b) => a - b).map((i) => SENTENCE_RULES[i]!);
}

/** The first rule that finds speech in a sentence, and what it found. */
function runRules(ctx: SentenceContext, colon: boolean): (RuleResult & { rule: string }) | null {
  for (const rule of rulesFor(ctx.cues, colon)) {
    if (ctx.hasQuote && !rule.inQuotedSentences) continue;
    const found = rule.match(ctx);
    if (found?.items.length) return { ...found, rule: rule.name };
  }
  return null;
}

/** A sentence whose own cue names someone other than its own first person starts new speech. */
const namesAnotherSpeaker = (found: RuleResult | null) => found !== null && found.items.some((it) => it.speakerPhrase !== null && !/^(?:i|we|you)$/i.test(it.speakerPhrase));

/** Finds speech without marks in one paragraph; `quoted` are the ranges already inside marks. */
export function findSentenceSpeech(block: number, text: string, quoted: Range[], sentences: Range[] = splitSentences(text)): SpeechItem[] {
  return scanSentences(block, text, quoted, sentences).items;
}

/** The same, with the name of the rule behind each sentence's items (for tests and debugging). */
export function scanSentences(block: number, text: string, quoted: Range[], sentences: Range[] = splitSentences(text)): { items: SpeechItem[]; rules: string[] } {
  const out: SpeechItem[] = [];
  const rules: string[] = [];
  const latin = isLatinText(text);
  // One pass over the paragraph finds every trigger word; a paragraph with none (and no colon) holds
  // no speech outside quotation marks.
  const found = findWords(text, CUE_WORDS, CUE_WORD_HASHES);
  if (!found.length && !text.includes(':')) return { items: out, rules };
  const cueAt = found.map((w) => w.start);
  const index = new RangeIndex(quoted);
  const isQuoted = (at: number) => index.contains(at);
  const overlapsQuoted = (start: number, end: number) => index.overlaps(start, end);
  let continuing: SpeechItem | null = null;
  let relaxed = false;

  sentences.forEach((sentence, si) => {
    const s = text.slice(sentence.start, sentence.end);
    const base = sentence.start;
    const hasQuote = index.overlaps(sentence.start, sentence.end);
    const cues = new Set<string>();
    const first = lowerBound(cueAt, sentence.start);
    let last = first;
    for (; last < cueAt.length && cueAt[last]! < sentence.end; last++) cues.add(found[last]!.word);
    const colon = s.includes(':');
    const next = sentences[si + 1];
    const ctx: SentenceContext = { block, text, sentence, s, base, latin, cues, cueWords: found.slice(first, last), hasQuote, quoted: isQuoted, overlapsQuoted, next: next ? text.slice(next.start, next.end) : '' };
    const own = cues.size || colon ? runRules(ctx, colon) : null;

    // A first-person sentence right after someone's speech goes on with it. After a colon cue the
    // speech runs on to the paragraph's end unless a sentence brings its own cue.
    if (continuing && !hasQuote && (speechLike(s) || relaxed) && !namesAnotherSpeaker(own)) {
      const end = stripEnd(text, base, sentence.end);
      const last = continuing.spans[continuing.spans.length - 1]!;
      // Only speech that runs on without a break is one quote; after ", she said." a new one starts.
      const adjacent = last.block === block && /^[\s.!?…]*$/.test(text.slice(last.end, base));
      if (continuing.kind !== 'unmarked' || !adjacent) {
        const child: SpeechItem = { kind: 'unmarked', spans: [{ block, start: base, end }], cue: null, speakerPhrase: null, phraseAt: { block, offset: base }, cataphora: null, parent: continuing, speaker: null };
        out.push(child);
        rules.push('continuation');
        continuing = child;
      } else last.end = end;
      return;
    }
    continuing = null;
    relaxed = false;
    if (!own) return;
    out.push(...own.items);
    for (const _ of own.items) rules.push(own.rule);
    continuing = own.continuing;
    relaxed = own.relaxed ?? false;
  });
  return { items: out, rules };
}
