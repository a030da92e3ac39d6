/**
 * Finds text between quotation marks in every style (“” "" «» „“ ‘’ and wrong-way “ … “), across
 * paragraphs (the opening mark repeats, the closing one comes at the end), and closes unbalanced
 * marks softly. One pass over the marks: no rescans, so a 5 MB paragraph stays linear.
 */
import type { Span } from '../schema';
import { isJsSpace } from '../text/ascii-words';
import { splitSentences } from '../text/sentences';
import { SPEECH_VERB_PATTERN } from './lexicon';
import { RangeIndex, type Range } from '../text/sorted-search';

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
// Right after a closing mark: ", the minister said" / " said Ana Roy". Sticky: read only where it is put.
const CUE_RIGHT_AFTER = new RegExp(`\\s*[,;]?\\s*(?:[^,.;:!?“”"«»\\n]{0,60}?\\s)?${SPEECH_VERB_PATTERN}\\b`, 'y');
/**
 * Where the next match of a global pattern of one character stands, -1 when there is none: `test`
 * moves the pattern on without building a match array for every mark.
 */
function nextMark(pattern: RegExp, text: string): number {
  return pattern.test(text) ? pattern.lastIndex - 1 : -1;
}
// (By character code, and ASCII without a pattern: both are asked about the characters around every mark.)
const isSpace = (c: string | undefined) => c === undefined || isJsSpace(c.charCodeAt(0));
const isWordChar = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return /[\p{L}\p{N}]/u.test(c);
};

/** Where a quote whose opening mark was lost begins: after a colon that introduces it ("He said: We …"), else the paragraph's start. */
function lostOpeningAt(text: string, closeAt: number): number {
  const colon = text.lastIndexOf(':', closeAt);
  const after = colon >= 0 ? text.slice(colon + 1, colon + 4) : '';
  if (/^\s+\p{Lu}/u.test(after)) return colon + 1 + after.search(/\S/);
  return text.search(/\S/);
}

function cueRightAfter(text: string, at: number): boolean {
  CUE_RIGHT_AFTER.lastIndex = at;
  return CUE_RIGHT_AFTER.test(text);
}

/** A space, a comma, a semicolon or a colon (`/[\s,;:]/`). */
const isTrailingCode = (c: number) => isJsSpace(c) || c === 44 || c === 59 || c === 58;

function trimmed(block: number, text: string, start: number, end: number): Span | null {
  // (By character code: no pattern per character of every quote.)
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  // Trailing spaces and the comma before ", she said" belong to the sentence, not to the quote.
  while (end > start && isTrailingCode(text.charCodeAt(end - 1))) end--;
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

/** The paragraph being read and its open quote, for `emitQuote`. */
interface QuoteState {
  block: number;
  text: string;
  open: { at: number } | null;
  parts: Span[];
  openMark: { block: number; at: number };
}

/** Closes the open quote at `closeAt` (a plain function with its state passed in, not a closure:
 * under tsx a named closure is renamed each time it is made, which per article cost more than the
 * rest of the scan). */
function emitQuote(
  st: QuoteState,
  out: QuotedSpan[],
  closeAt: number,
  closeMark: { block: number; at: number } | null,
): void {
  if (!st.open) return;
  const part = trimmed(st.block, st.text, st.open.at + 1, closeAt);
  const all = part ? [...st.parts, part] : st.parts;
  if (all.length) out.push({ parts: all, open: st.openMark, close: closeMark, single: false });
  st.open = null;
  st.parts = [];
}

export function findQuotedSpans(blocks: TextBlock[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry: { open: { block: number; at: number }; parts: Span[] } | null = null;
  const st: QuoteState = { block: 0, text: '', open: null, parts: [], openMark: { block: 0, at: 0 } };

  for (let bi = 0; bi < blocks.length; bi++) {
    const { block, text } = blocks[bi]!;
    st.block = block;
    st.text = text;
    st.open = null;
    st.parts = [];
    st.openMark = { block, at: 0 };
    let skipFirst = false;
    if (carry) {
      // The quote goes on in this paragraph: its repeated opening mark is not a new quote.
      st.parts = carry.parts;
      st.openMark = carry.open;
      st.open = { at: text.search(/\S/) };
      skipFirst = true;
      carry = null;
    }
    // «…» or, in German and Nordic print, »…«: the glyph that opened decides which one closes.
    let openGlyph = '';
    let seenMark = skipFirst;
    MARKS.lastIndex = 0;
    for (let at = nextMark(MARKS, text); at >= 0; at = nextMark(MARKS, text)) {
      const mark = text[at]!;
      const prev = text[at - 1];
      const next = text[at + 1];
      if (skipFirst) {
        skipFirst = false;
        if (st.open && at === st.open.at) continue;
      }
      const firstMark = !seenMark;
      seenMark = true;
      if (!st.open) {
        // A closing-only mark cannot open, except ” written the wrong way round before a word, and
        // » before a word (»Wir bleiben«, sagte sie).
        const opener =
          mark === '„' ||
          mark === '«' ||
          mark === '“' ||
          (mark === '"' && (!isSpace(next) || isSpace(prev))) ||
          ((mark === '”' || mark === '»') && isSpace(prev) && isWordChar(next));
        if (opener) {
          st.open = { at };
          st.openMark = { block, at };
          openGlyph = mark;
        } else if (firstMark && !/\d/.test(prev ?? '') && cueRightAfter(text, at + 1)) {
          // The paragraph's first mark closes and a cue follows: the opening mark was lost
          // ("The bills come in January,” the minister said.), so the quote ran from the paragraph's
          // start. After a digit the mark is inches (6'2"), not a quote.
          st.open = { at: lostOpeningAt(text, at) - 1 };
          st.openMark = { block, at: st.open.at + 1 };
          emitQuote(st, out, at, { block, at });
        }
        continue;
      }
      if (mark === '«' && openGlyph === '»') {
        emitQuote(st, out, at, { block, at });
        continue;
      }
      const strongOpener = (mark === '„' || mark === '«' || mark === '“') && isSpace(prev) && isWordChar(next);
      if (strongOpener && mark !== '“') {
        emitQuote(st, out, softCloseAt(text, st.open.at + 1, at), null);
        st.open = { at };
        st.openMark = { block, at };
        continue;
      }
      emitQuote(st, out, at, { block, at });
    }
    if (st.open) {
      const nextBlock = blocks[bi + 1];
      const continues = nextBlock && nextBlock.block === block + 1 && /^\s*[“„«"]/.test(nextBlock.text);
      if (continues) {
        const part = trimmed(block, text, (st.open as { at: number }).at + 1, text.length);
        carry = { open: st.openMark, parts: part ? [...st.parts, part] : st.parts };
      } else {
        const openAt: number = (st.open as { at: number }).at;
        emitQuote(st, out, softCloseAt(text, openAt + 1, text.length), null);
      }
    }
  }
  if (carry) {
    const c = carry as { open: { block: number; at: number }; parts: Span[] };
    if (c.parts.length) out.push({ parts: c.parts, open: c.open, close: null, single: false });
  }
  return out;
}

/**
 * Single-quoted spans (‘…’ or '…') outside the double-quoted ones: titles, nicknames, or speech in
 * British style. The closing mark doubles as the apostrophe, so a candidate close is weighed:
 * punctuation inside it (,’ .’ !’) or right after it (’, ’.) or the paragraph's end make a sure close;
 * a letter before and the sentence going on after (the players’ union, three hours’ notice, goin’ home)
 * make a possible one, kept only when no sure close follows before the next opening mark.
 */
export function findSingleQuotedSpans(blocks: TextBlock[], doubles: QuotedSpan[]): QuotedSpan[] {
  // (Built when a mark first needs it: most articles have no single mark that is not an apostrophe.)
  let coveredRanges: Map<number, Range[]> | null = null;
  const out: QuotedSpan[] = [];
  // Quotes left open at a paragraph's end: speech only where single marks are the article's quotation marks.
  // (Closed softly only then: the cue search is the costly part, and most articles never need it.)
  const unclosed: OpenSingle[] = [];
  let carry: { open: { block: number; at: number }; parts: Span[] } | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const { block, text } = blocks[bi]!;
    // The double quotes of the paragraph, indexed only when a mark that is no apostrophe needs them
    // (most single marks are apostrophes, and most paragraphs have none that is not).
    let inside: RangeIndex | null = null;
    const q: OpenSingle = { block, text, from: -1, parts: [], open: { block, at: 0 } };
    let maybeClose = -1;
    if (carry && /^\s*[‘']/.test(text)) {
      // A quote in single marks going on from the paragraph before.
      q.from = text.search(/[‘']/) + 1;
      q.parts = carry.parts;
      q.open = carry.open;
    }
    carry = null;
    SINGLE_MARKS.lastIndex = 0;
    for (let at = nextMark(SINGLE_MARKS, text); at >= 0; at = nextMark(SINGLE_MARKS, text)) {
      if (at === q.from - 1) continue;
      const prev = text[at - 1];
      const next = text[at + 1];
      if (isWordChar(prev) && isWordChar(next)) continue; // an apostrophe: don’t, Putin’s
      coveredRanges ??= rangesWithMarks(doubles);
      inside ??= new RangeIndex(coveredRanges.get(block) ?? []);
      if (inside.contains(at)) continue;
      const opens = (isSpace(prev) || /[([—–-]/.test(prev ?? '')) && isWordChar(next) && text[at] !== '’';
      if ((opens || prev === 'n') && isElision(text, at)) continue;
      // A new quote opening, or a sure close too far on: the possible close before it was the real one.
      if (maybeClose >= 0 && (opens || at - maybeClose > MAYBE_CLOSE_REACH)) {
        closeSingle(q, maybeClose, out);
        maybeClose = -1;
      }
      if (q.from < 0) {
        if (opens) {
          q.from = at + 1;
          q.open = { block, at };
        }
        continue;
      }
      if (isSpace(prev) || isWordChar(next)) continue;
      const punctuatedInside = !isWordChar(prev);
      const sure = punctuatedInside || !isSpace(next) || /^\s*$/.test(text.slice(at + 1, at + 3));
      if (!sure) {
        if (maybeClose < 0) maybeClose = at;
        continue;
      }
      // Punctuation only after the mark may follow a possessive (the teachers’, parents’ …): it beats
      // a possible close before it only within the same sentence.
      const laterSentence = maybeClose >= 0 && !punctuatedInside && SENTENCE_BREAK.test(text.slice(maybeClose, at));
      closeSingle(q, laterSentence ? maybeClose : at, out);
      maybeClose = -1;
    }
    if (maybeClose >= 0) closeSingle(q, maybeClose, out);
    if (q.from >= 0 && text.length - q.from < SOFT_CLOSE_LIMIT) {
      const part = trimmed(block, text, q.from, text.length);
      const all = part ? [...q.parts, part] : q.parts;
      const nextBlock = blocks[bi + 1];
      if (nextBlock && nextBlock.block === block + 1 && /^\s*[‘']/.test(nextBlock.text))
        carry = { open: q.open, parts: all };
      else unclosed.push(q);
    }
  }
  if (!singleMarksQuoteSpeech(blocks, out, doubles)) return out;
  // In this article single marks are the quotation marks: their spans are read like double-quoted ones.
  const softlyClosed = unclosed.flatMap(({ block, text, from, parts, open }): QuotedSpan[] => {
    const last = trimmed(block, text, from, softCloseAt(text, from, text.length));
    const all = last ? [...parts, last] : parts;
    return all.length ? [{ parts: all, open, close: null, single: true }] : [];
  });
  return [...out, ...softlyClosed].map((s) => ({ ...s, single: false }));
}

/** The double-quoted spans' ranges per paragraph, widened by one character to cover their marks. */
function rangesWithMarks(doubles: QuotedSpan[]): Map<number, Range[]> {
  const ranges = new Map<number, Range[]>();
  for (const q of doubles) {
    for (const p of q.parts) {
      const list = ranges.get(p.block) ?? [];
      list.push({ start: p.start - 1, end: p.end + 1 });
      ranges.set(p.block, list);
    }
  }
  return ranges;
}

/** A single-quoted span being read: where its words start (-1 when none is open) and its parts so far. */
interface OpenSingle {
  block: number;
  text: string;
  from: number;
  parts: Span[];
  open: { block: number; at: number };
}

/** Ends the open span at a closing mark (a plain function: no closure per paragraph). */
function closeSingle(q: OpenSingle, at: number, out: QuotedSpan[]): void {
  if (q.from >= 0 && at - q.from < SOFT_CLOSE_LIMIT) {
    const part = trimmed(q.block, q.text, q.from, at);
    const all = part ? [...q.parts, part] : q.parts;
    if (all.length) out.push({ parts: all, open: q.open, close: { block: q.block, at }, single: true });
  }
  q.from = -1;
  q.parts = [];
}

const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

// How far a sure close may stand after a possible one and still be the quote's end.
const MAYBE_CLOSE_REACH = 200;

/**
 * Marks that elide rather than quote: rock ’n’ roll, ’em, ’til, the ’90s. Only the marks that could
 * open or close are asked about; an apostrophe between letters never reaches here.
 */
const ELIDED = /(?:n['’‘]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|\d\ds\b)/iy;

function isElision(text: string, at: number): boolean {
  ELIDED.lastIndex = at + 1;
  if (isSpace(text[at - 1]) && ELIDED.test(text)) return true;
  // The closing half of ’n’.
  return text[at - 1] === 'n' && /['’‘]/.test(text[at - 2] ?? '') && isSpace(text[at - 3]);
}

const ENDS_SPEECH = /[,.!?…]$/;

/**
 * Whether the article quotes speech in single marks (British style): more single-quoted spans than
 * double-quoted ones end with the punctuation speech carries inside its marks (‘We stay,’ she said.),
 * and at least two do. Titles and scare quotes rarely do.
 */
function singleMarksQuoteSpeech(blocks: TextBlock[], singles: QuotedSpan[], doubles: QuotedSpan[]): boolean {
  // (Most articles have fewer than two single-quoted spans: they are answered before the paragraphs are indexed.)
  if (singles.length < 2) return false;
  const textOf = new Map(blocks.map((b) => [b.block, b.text]));
  let single = 0;
  for (const q of singles) if (punctuated(q, textOf)) single++;
  if (single < 2) return false;
  let double = 0;
  for (const q of doubles) if (punctuated(q, textOf)) double++;
  return single > double;
}

/** A closed quote whose last character inside its marks is the punctuation speech carries. */
function punctuated(q: QuotedSpan, textOf: Map<number, string>): boolean {
  return (
    q.close !== null &&
    ENDS_SPEECH.test((textOf.get(q.close.block) ?? '').slice(Math.max(0, q.close.at - 1), q.close.at))
  );
}

// A paragraph that opens with a dash is speech in the European style: "– We stay, said Ivo. – We won't go."
const DASH_OPEN = /^[–—―]\s+(?=\S)/;
const DASH_REOPEN = /\s[–—―]\s+(?=\p{Lu})/gu;

/**
 * Dialogue marked with dashes: from the dash to the cue (or the paragraph end), and again after " – ".
 * Paragraphs among `skip` (those holding double quotes) are passed by.
 */
export function findDashDialogue(blocks: TextBlock[], skip?: ReadonlySet<number>): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const { block, text } of blocks) {
    const first = DASH_OPEN.exec(text);
    if (!first || skip?.has(block)) continue;
    // Each turn: where its dash stands, and where its words start.
    const turns = [{ dash: 0, start: first[0].length }];
    for (const m of text.matchAll(DASH_REOPEN)) turns.push({ dash: m.index + 1, start: m.index + m[0].length });
    turns.forEach(({ dash, start }, i) => {
      const limit = turns[i + 1]?.dash ?? text.length;
      const end = softCloseAt(text, start, limit);
      const part = trimmed(block, text, start, end);
      if (part)
        out.push({
          parts: [part],
          open: { block, at: dash },
          close: end < limit ? { block, at: end } : null,
          single: false,
        });
    });
  }
  return out;
}
