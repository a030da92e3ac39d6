/** Capitalised names in running text, with the title or role written before them ("French President"). */
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
const NAME_RUN = new RegExp(`${TOKEN}(?:\\s+(?:${PARTICLES}\\s+){0,2}${TOKEN})*`, 'gu');
const PLACE_WORDS = new Set(['port', 'porto', 'fort', 'lake', 'river', 'mount', 'street', 'square', 'bridge', 'valley', 'island', 'airport', 'station', 'stadium', 'hall', 'palace', 'house', 'park', 'road', 'avenue', 'gate', 'tower', 'castle', 'cathedral', 'church', 'north', 'south', 'east', 'west', 'nord', 'sud']);
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic)$/u;

const clean = (t: string) => {
  const last = t[t.length - 1];
  if (last !== 's' && last !== "'" && last !== '’' && last !== '.') return t;
  return t.replace(/(?:['’]s|['’])$/, '').replace(/\.$/, '');
};

/** The words of a run with their offsets in the paragraph. */
function wordsOf(run: string, at: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let i = 0;
  while (i < run.length) {
    while (i < run.length && /\s/.test(run[i]!)) i++;
    const start = i;
    while (i < run.length && !/\s/.test(run[i]!)) i++;
    if (i > start) out.push({ text: run.slice(start, i), at: at + start });
  }
  return out;
}

/** Finds name runs in one paragraph. */
export function findNameMentions(block: number, text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // Most runs are one capitalised word that opens a sentence ("The", "But"): drop them at once.
    if (!/\s/.test(m[0]) && (NOT_NAME_WORDS.has(m[0].toLowerCase()) || /^[\p{Lu}'’.-]{2,}$/u.test(m[0]))) continue;
    let words = wordsOf(m[0], m.index);
    const isStop = (w: string) => NOT_NAME_WORDS.has(clean(w).toLowerCase());
    // Drop sentence-opening function words ("After", "The") and all-caps datelines.
    while (words.length && (isStop(words[0]?.text ?? '') || /^[\p{Lu}'’.-]{2,}$/u.test(words[0]?.text ?? ''))) words = words.slice(1);
    // A run can swallow a stop word in the middle ("Moscow Today"): cut there.
    const stop = words.findIndex((w, i) => i > 0 && isStop(w.text));
    if (stop > 0) words = words.slice(0, stop);
    // "Senate Majority Leader Tom Harlan": everything up to the last role word is the title.
    const lastRole = words.reduce((at, w, i) => (i < words.length - 1 && ROLE_WORDS.has(clean(w.text).toLowerCase()) ? i : at), -1);
    const titleWords: typeof words = words.slice(0, lastRole + 1);
    words = words.slice(lastRole + 1);
    while (words.length > 1) {
      const first = words[0]?.text ?? '';
      const w = clean(first).toLowerCase();
      const nextIsRole = ROLE_WORDS.has(clean(words[1]?.text ?? '').toLowerCase());
      if (TITLE_WORDS.has(w) || ROLE_WORDS.has(w) || (NATIONALITY.test(first) && (nextIsRole || words.length > 2))) {
        titleWords.push(words[0]!);
        words = words.slice(1);
      } else break;
    }
    const firstWord = words[0];
    const lastWord = words[words.length - 1];
    if (!firstWord || !lastWord) continue;
    const tokens = words.map((w) => clean(w.text)).filter(Boolean);
    const lower = tokens.map((t) => t.toLowerCase());
    const kind = lower.some((t) => ORGANISATION_WORDS.has(t)) ? 'organisation' : lower.some((t) => PLACE_WORDS.has(t)) ? 'unknown' : 'person';
    const runStart = titleWords[0]?.at ?? firstWord.at;
    const lead = text.slice(Math.max(0, runStart - 24), runStart);
    // "the brokerage Tillman Hart": a body's name after the noun that says what it is.
    const namedBody = /\b(\p{Ll}+)\s+$/u.exec(lead)?.[1];
    const kindHere = namedBody && ORGANISATION_WORDS.has(namedBody) ? 'organisation' : kind;
    out.push({
      block,
      start: firstWord.at,
      end: lastWord.at + clean(lastWord.text).length,
      name: tokens.join(' '),
      tokens,
      title: titleWords.length ? titleWords.map((w) => clean(w.text)).join(' ') : null,
      kind: kindHere,
      afterArticle: /\bthe\s+$/i.test(text.slice(Math.max(0, runStart - 5), runStart)),
      afterPreposition: /\b(?:at|of|from|with|for|by|to|in|on|about|against|between|near)\s+(?:the\s+)?$/i.test(lead),
    });
  }
  return out;
}
