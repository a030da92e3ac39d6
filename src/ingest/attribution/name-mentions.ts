/** Capitalised names in running text, with the title or role written before them ("French President"). */
import { dual, patternFor } from '../text/latin-pattern';
import { NOT_NAME_WORDS, ORGANISATION_WORDS, ROLE_WORDS, TITLE_WORDS } from './lexicon';

export interface NameMention {
  block: number;
  start: number;
  end: number;
  /** The name without title or role: "Emmanuel Macron". */
  name: string;
  tokens: string[];
  /** Capitalised title/role before the name: "French President", "Mayor", "Ms". */
  title: string | null;
  kind: 'person' | 'organisation' | 'unknown';
  /** True when "the" stands right before: "the United States", "the Golden Gull" are rarely people. */
  afterArticle: boolean;
  /** True when a preposition stands right before ("an analyst at Tillman Hart"): not a likely antecedent. */
  afterPreposition: boolean;
}

const PARTICLES = '(?:de|da|di|del|della|dos|das|du|van|von|der|den|le|la|ter|bin|al|el|y)';
const TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?";
const NAME_RUN = dual(new RegExp(`${TOKEN}(?:\\s+(?:${PARTICLES}\\s+){0,2}${TOKEN})*`, 'gu'));
const PLACE_WORDS = new Set(['port', 'porto', 'fort', 'lake', 'river', 'mount', 'street', 'square', 'bridge', 'valley', 'island', 'airport', 'station', 'stadium', 'hall', 'palace', 'house', 'park', 'road', 'avenue', 'gate', 'tower', 'castle', 'cathedral', 'church', 'north', 'south', 'east', 'west', 'nord', 'sud']);
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic)$/u;

/** A word without its possessive ('s, ’) or a full stop: "Putin’s" → "Putin", "Mr." → "Mr". */
const clean = (t: string) => {
  const n = t.length;
  const last = t[n - 1];
  if (last === '.') return t.slice(0, n - 1);
  if (last === "'" || last === '’') return t.slice(0, n - 1);
  if (last === 's' && (t[n - 2] === "'" || t[n - 2] === '’')) return t.slice(0, n - 2);
  return t;
};

// Character tests by code: a Unicode regex per character was the slowest part of name finding.
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
const isWordCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && !isSpaceCode(c) && c !== 0x2013 && c !== 0x2014 && c !== 0x201c && c !== 0x201d && c !== 0xab && c !== 0xbb);

/** The words of a run with their offsets in the paragraph. */
function wordsOf(run: string, at: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let i = 0;
  while (i < run.length) {
    while (i < run.length && isSpaceCode(run.charCodeAt(i))) i++;
    const start = i;
    while (i < run.length && !isSpaceCode(run.charCodeAt(i))) i++;
    if (i > start) out.push({ text: run.slice(start, i), at: at + start });
  }
  return out;
}

// Titles and names together: "Senate Majority Leader Tom Harlan" is six words.
const MAX_NAME_RUN = 10;
const PREPOSITIONS = new Set(['at', 'of', 'from', 'with', 'for', 'by', 'to', 'in', 'on', 'about', 'against', 'between', 'near']);
const ALL_CAPS = /^[\p{Lu}'’.-]{2,}$/u;

/** The two words before a position, lower-cased (a backward scan: no regex anchored at the end). */
function wordsBefore(text: string, at: number): [string, string] {
  const found: string[] = [];
  let i = at;
  while (found.length < 2 && i > 0) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (end === i) break;
    found.push(text.slice(i, end));
  }
  return [found[0] ?? '', found[1] ?? ''];
}

const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** The lower-case word right after a position (after spaces), or "". */
function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  return i > start && i - start < 24 ? text.slice(start, i) : '';
}

/** Finds name runs in one paragraph. */
export function findNameMentions(block: number, text: string): NameMention[] {
  const out: NameMention[] = [];
  const pattern = patternFor(NAME_RUN, text);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const run = m[0];
    const single = !run.includes(' ');
    // Most runs are one capitalised word that opens a sentence ("The", "But"): drop them at once.
    if (single && (NOT_NAME_WORDS.has(clean(run).toLowerCase()) || (isUpperCode(run.charCodeAt(1)) && ALL_CAPS.test(run)))) continue;
    let words = single ? [{ text: run, at: m.index }] : wordsOf(run, m.index);
    const titleWords: typeof words = [];
    // The last word dropped from the front ("After" in "After Putin"): it stands before the name.
    let dropped = '';
    if (!single) {
      const isStop = (w: string) => NOT_NAME_WORDS.has(clean(w).toLowerCase());
      // Drop sentence-opening function words ("After", "The") and all-caps datelines.
      // (Indexes, not repeated slices: a run can be thousands of words long in a hostile file.)
      let from = 0;
      while (from < words.length && (isStop(words[from]!.text) || ALL_CAPS.test(words[from]!.text))) from++;
      if (from > 0) dropped = words[from - 1]!.text;
      // A run can swallow a stop word in the middle ("Moscow Today"): cut there.
      let to = from + 1;
      while (to < words.length && !isStop(words[to]!.text)) to++;
      // Names are short; a longer run is a headline or shouting, not a person.
      if (to - from > MAX_NAME_RUN) continue;
      words = words.slice(from, to);
      // "Senate Majority Leader Tom Harlan": everything up to the last role word is the title.
      const lastRole = words.reduce((at, w, i) => (i < words.length - 1 && ROLE_WORDS.has(clean(w.text).toLowerCase()) ? i : at), -1);
      let nameFrom = lastRole + 1;
      while (words.length - nameFrom > 1) {
        const first = words[nameFrom]!.text;
        const w = clean(first).toLowerCase();
        const nextIsRole = ROLE_WORDS.has(clean(words[nameFrom + 1]!.text).toLowerCase());
        if (TITLE_WORDS.has(w) || ROLE_WORDS.has(w) || (NATIONALITY.test(first) && (nextIsRole || words.length - nameFrom > 2))) nameFrom++;
        else break;
      }
      titleWords.push(...words.slice(0, nameFrom));
      words = words.slice(nameFrom);
    }
    // "the Spanish Prime Minister": a run that ends in a role word is a role, not a name.
    if (ROLE_WORDS.has(clean(words[words.length - 1]?.text ?? '').toLowerCase())) continue;
    const firstWord = words[0];
    const lastWord = words[words.length - 1];
    if (!firstWord || !lastWord) continue;
    const tokens = words.map((w) => clean(w.text)).filter(Boolean);
    const lower = tokens.map((t) => t.toLowerCase());
    const kind = lower.some((t) => ORGANISATION_WORDS.has(t)) ? 'organisation' : lower.some((t) => PLACE_WORDS.has(t)) ? 'unknown' : 'person';
    const [wordBefore, twoBefore] = wordsBefore(text, m.index);
    const previous = dropped || wordBefore;
    const beforePrevious = dropped ? wordBefore : twoBefore;
    const prev = clean(previous).toLowerCase();
    // "the No Tunnel Frenna committee": a name that a body's noun follows is that body's name.
    const bodyAfter = ORGANISATION_WORDS.has(wordAfter(text, lastWord.at + lastWord.text.length));
    // "the brokerage Tillman Hart": a body's name after the noun that says what it is.
    const namedBody = /^\p{Ll}+$/u.test(previous) && ORGANISATION_WORDS.has(previous);
    out.push({
      block,
      start: firstWord.at,
      end: lastWord.at + clean(lastWord.text).length,
      name: tokens.join(' '),
      tokens,
      title: titleWords.length ? titleWords.map((w) => clean(w.text)).join(' ') : null,
      kind: namedBody || bodyAfter ? 'organisation' : kind,
      afterArticle: prev === 'the',
      afterPreposition: PREPOSITIONS.has(prev) || (prev === 'the' && PREPOSITIONS.has(beforePrevious.toLowerCase())),
    });
  }
  return out;
}
