/**
 * Finds text between quotation marks in every style (“” "" «» „“ ‘’ and wrong-way “ … “), across
 * paragraphs (the opening mark repeats, the closing one comes at the end), and closes unbalanced
 * marks softly. One pass over the marks: no rescans, so a 5 MB paragraph stays linear.
 */
import type { Span } from '../schema';
import { splitSentences } from './sentences';
import { SPEECH_VERB_PATTERN } from './lexicon';
import { RangeIndex, type Range } from './sorted-search';

export interface QuotedSpan {
  /** The words inside the marks, one part per paragraph, trimmed. */
  parts: Span[];
  /** Where the opening mark stands, and the closing one (null when it was missing). */
  open: { block: number; at: number };
  close: { block: number; at: number } | null;
  single: boolean;
}

export interface TextBlock {
  block: number;
  text: string;
}

const MARKS = /[“”„«»"]/g;
const SINGLE_MARKS = /[‘’']/g;
const SOFT_CLOSE_LIMIT = 1500;
// ", the harbour master told" / ", commented the councillor": where a quote with no closing mark ends.
const CUE_AFTER_COMMA = new RegExp(`[,;]\\s+(?:[^,.;:!?“”"«»\\n]{0,60}?\\s)?${SPEECH_VERB_PATTERN}\\b`, 'g');
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function trimmed(block: number, text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  // Trailing spaces and the comma before ", she said" belong to the sentence, not to the quote.
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { block, start, end } : null;
}

/** Where an unclosed quote most likely ends: before a cue, else the paragraph end, else its first sentence. */
function softCloseAt(text: string, from: number, to: number): number {
  const window = text.slice(0, Math.min(to, from + SOFT_CLOSE_LIMIT));
  CUE_AFTER_COMMA.lastIndex = from;
  const cue = CUE_AFTER_COMMA.exec(window);
  if (cue) return cue.index;
  if (to - from <= SOFT_CLOSE_LIMIT) return to;
  const sentence = splitSentences(text.slice(from, from + SOFT_CLOSE_LIMIT))[0];
  return from + (sentence?.end ?? SOFT_CLOSE_LIMIT);
}

export function findQuotedSpans(blocks: TextBlock[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry: { open: { block: number; at: number }; parts: Span[] } | null = null;

  blocks.forEach(({ block, text }, bi) => {
    let open: { at: number } | null = null;
    let parts: Span[] = [];
    let openMark = { block, at: 0 };
    let skipFirst = false;
    if (carry) {
      // The quote goes on in this paragraph: its repeated opening mark is not a new quote.
      parts = carry.parts;
      openMark = carry.open;
      open = { at: text.search(/\S/) };
      skipFirst = true;
      carry = null;
    }
    const emit = (closeAt: number, closeMark: { block: number; at: number } | null) => {
      if (!open) return;
      const part = trimmed(block, text, open.at + 1, closeAt);
      const all = part ? [...parts, part] : parts;
      if (all.length) out.push({ parts: all, open: openMark, close: closeMark, single: false });
      open = null;
      parts = [];
    };
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const at = m.index;
      const mark = m[0];
      const prev = text[at - 1];
      const next = text[at + 1];
      if (skipFirst) {
        skipFirst = false;
        if (open && at === open.at) continue;
      }
      if (!open) {
        // A closing-only mark cannot open, except ” written the wrong way round before a word.
        const opener = mark === '„' || mark === '«' || mark === '“' || (mark === '"' && (!isSpace(next) || isSpace(prev))) || (mark === '”' && isSpace(prev) && !isSpace(next));
        if (opener) {
          open = { at };
          openMark = { block, at };
        }
        continue;
      }
      const strongOpener = (mark === '„' || mark === '«' || mark === '“') && isSpace(prev) && isWordChar(next);
      if (strongOpener && mark !== '“') {
        emit(softCloseAt(text, open.at + 1, at), null);
        open = { at };
        openMark = { block, at };
        continue;
      }
      emit(at, { block, at });
    }
    if (open) {
      const nextBlock = blocks[bi + 1];
      const continues = nextBlock && nextBlock.block === block + 1 && /^\s*[“„«"]/.test(nextBlock.text);
      if (continues) {
        const part = trimmed(block, text, (open as { at: number }).at + 1, text.length);
        carry = { open: openMark, parts: part ? [...parts, part] : parts };
      } else {
        const openAt: number = (open as { at: number }).at;
        emit(softCloseAt(text, openAt + 1, text.length), null);
      }
    }
  });
  if (carry) {
    const c = carry as { open: { block: number; at: number }; parts: Span[] };
    if (c.parts.length) out.push({ parts: c.parts, open: c.open, close: null, single: false });
  }
  return out;
}

/** Single-quoted spans (‘…’ or '…') outside the double-quoted ones: titles, nicknames, or speech in British style. */
export function findSingleQuotedSpans(blocks: TextBlock[], doubles: QuotedSpan[]): QuotedSpan[] {
  const coveredRanges = new Map<number, Range[]>();
  for (const q of doubles) {
    for (const p of q.parts) {
      const list = coveredRanges.get(p.block) ?? [];
      list.push({ start: p.start - 1, end: p.end + 1 });
      coveredRanges.set(p.block, list);
    }
  }
  const covered = new Map([...coveredRanges].map(([block, ranges]) => [block, new RangeIndex(ranges)]));
  const out: QuotedSpan[] = [];
  let carry: { open: { block: number; at: number }; parts: Span[] } | null = null;
  blocks.forEach(({ block, text }, bi) => {
    const inside = covered.get(block);
    let open: number | null = null;
    let parts: Span[] = [];
    let openMark = { block, at: 0 };
    if (carry && /^\s*[‘']/.test(text)) {
      // A quote in single marks going on from the paragraph before.
      open = text.search(/[‘']/);
      parts = carry.parts;
      openMark = carry.open;
    }
    carry = null;
    SINGLE_MARKS.lastIndex = 0;
    for (let m = SINGLE_MARKS.exec(text); m; m = SINGLE_MARKS.exec(text)) {
      const at = m.index;
      if (at === open) continue;
      if (inside?.contains(at)) continue;
      const prev = text[at - 1];
      const next = text[at + 1];
      if (isWordChar(prev) && isWordChar(next)) continue; // an apostrophe: don’t, Putin’s
      if (open === null) {
        if ((isSpace(prev) || /[(\[—–-]/.test(prev ?? '')) && isWordChar(next) && m[0] !== '’') {
          open = at;
          openMark = { block, at };
        }
        continue;
      }
      if (!isSpace(prev) && !isWordChar(next)) {
        if (at - open < SOFT_CLOSE_LIMIT) {
          const part = trimmed(block, text, open + 1, at);
          const all = part ? [...parts, part] : parts;
          if (all.length) out.push({ parts: all, open: openMark, close: { block, at }, single: true });
        }
        open = null;
        parts = [];
      }
    }
    if (open !== null && text.length - open < SOFT_CLOSE_LIMIT) {
      const part = trimmed(block, text, open + 1, text.length);
      const all = part ? [...parts, part] : parts;
      const nextBlock = blocks[bi + 1];
      if (nextBlock && nextBlock.block === block + 1 && /^\s*[‘']/.test(nextBlock.text)) carry = { open: openMark, parts: all };
    }
  });
  return out;
}

// A paragraph that opens with a dash is speech in the European style: "– We stay, said Ivo. – We won't go."
const DASH_OPEN = /^[–—―]\s+(?=\S)/;
const DASH_REOPEN = /\s[–—―]\s+(?=\p{Lu})/gu;

/** Dialogue marked with dashes: from the dash to the cue (or the paragraph end), and again after " – ". */
export function findDashDialogue(blocks: TextBlock[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const { block, text } of blocks) {
    const first = DASH_OPEN.exec(text);
    if (!first) continue;
    // Each turn: where its dash stands, and where its words start.
    const turns = [{ dash: 0, start: first[0].length }];
    for (const m of text.matchAll(DASH_REOPEN)) turns.push({ dash: m.index + 1, start: m.index + m[0].length });
    turns.forEach(({ dash, start }, i) => {
      const limit = turns[i + 1]?.dash ?? text.length;
      const end = softCloseAt(text, start, limit);
      const part = trimmed(block, text, start, end);
      if (part) out.push({ parts: [part], open: { block, at: dash }, close: end < limit ? { block, at: end } : null, single: false });
    });
  }
  return out;
}
