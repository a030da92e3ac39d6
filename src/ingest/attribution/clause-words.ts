/**
 * The words of a sentence as tokens, and the small closed classes of English that tell where a
 * reported clause begins after its verb: determiners and pronouns open a clause, prepositions open
 * a phrase that belongs to the verb ("said in a statement"), auxiliaries show a finite verb.
 */
import type { WordAt } from '../text/ascii-words';
import type { VerbForm } from './reporting-verbs';

export class Token {
  /** The reporting verb this word is, once looked up (null: none; undefined: not yet looked up). */
  verb: VerbForm | null | undefined;
  private lowered: string | undefined;

  constructor(
    /** The word as written, or one punctuation mark. */
    readonly text: string,
    /** The word in lower case, or undefined to make it when first asked. */
    lower: string | undefined,
    readonly start: number,
    readonly end: number,
    /** True for words (letters or digits), false for punctuation. */
    readonly word: boolean,
    verb: VerbForm | null | undefined,
  ) {
    this.lowered = lower;
    this.verb = verb;
  }

  /**
   * The word in lower case. A word with capitals is lower-cased only when a rule asks: most are names
   * that no rule looks up, and a lower-cased copy of a word cut from a two-byte paragraph is a call
   * into the runtime (about as dear as the rest of the token).
   */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }
}

const MARKS = new Set(
  [',', ';', ':', '“', '”', '"', '«', '»', '„', '‘', '’', '—', '–', '(', ')', '[', ']', '!', '?'].map((m) =>
    m.charCodeAt(0),
  ),
);
// Apostrophes, full stops and hyphens join the letters on both sides into one word.
const INNER = new Set([39, 0x2019, 46, 45]);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// What each character below U+0100 and each of general punctuation (U+2000–U+206F: curly quotes,
// dashes) is, read from a table made from the definitions above: a letter, digit or mark (WORD; one
// that may not be lower case, an ASCII capital or any letter beyond ASCII, also sets CASED), a joining
// mark, or a mark that stands alone. Other characters are read by the definitions themselves.
const WORD = 1;
const CASED = 2;
const JOIN = 4;
const MARK = 8;
function classOfChar(c: number): number {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (WORD_CHAR.test(ch)) bits |= (c >= 65 && c <= 90) || c >= 0x80 ? WORD | CASED : WORD;
  if (INNER.has(c)) bits |= JOIN;
  if (MARKS.has(c)) bits |= MARK;
  return bits;
}
const LOW_CLASS = new Uint8Array(0x100).map((_, c) => classOfChar(c));
const PUNCTUATION_CLASS = new Uint8Array(0x70).map((_, k) => classOfChar(0x2000 + k));

/** The class bits of the character at `i`, from the tables or else the definitions. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x100) return LOW_CLASS[c]!;
  if (c >= 0x2000 && c < 0x2070) return PUNCTUATION_CLASS[c - 0x2000]!;
  return classOfChar(c);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A letter, digit or combining mark: by the tables, the rest by its Unicode class. */
function wordChar(text: string, i: number): boolean {
  return (classAt(text, i) & WORD) !== 0;
}

/** "41,000": a comma between digits groups thousands, inside a word. */
function digitGroupComma(text: string, i: number, end: number): boolean {
  return text.charCodeAt(i) === 44 && i + 1 < end && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

/**
 * The tokens of `text[start, end)` (a sentence of its paragraph: read in place, since a sentence cut
 * out of it is a slice whose every character costs an indirection), offsets in `text`.
 * `verbStarts`, when given, are where (sorted) every word that may be a reporting verb starts: the
 * other words are marked as no verb, which spares the look-up in the verb table (the caller vouches
 * that the list is whole; `firstVerb` is where in it the sentence's own begin). Words keep inner
 * apostrophes, hyphens and dots ("didn't", "week-long", "U.S."); marks stand alone. A loop over character codes: a regex and a lower-cased copy per token
 * cost more than the rules that read them.
 */
export function tokenize(
  text: string,
  start = 0,
  end = text.length,
  verbStarts: readonly WordAt[] | null = null,
  firstVerb = 0,
): Token[] {
  const out: Token[] = [];
  let i = start;
  let next = firstVerb;
  while (i < end) {
    const first = classAt(text, i);
    if (first & WORD) {
      const wordStart = i;
      let lowerCase = true;
      while (i < end) {
        const bits = classAt(text, i);
        if (bits & WORD) {
          if (bits & CASED) lowerCase = false;
          i++;
        } else if (bits & JOIN && i + 1 < end && wordChar(text, i + 1)) i++;
        else if (digitGroupComma(text, i, end)) i++;
        else break;
      }
      // A word that no reporting verb can be is known as none at once (see `verbStarts` above).
      let verb: null | undefined = undefined;
      let scanned: WordAt | undefined;
      if (verbStarts) {
        while (next < verbStarts.length && verbStarts[next]!.start < wordStart) next++;
        if (next < verbStarts.length && verbStarts[next]!.start === wordStart) scanned = verbStarts[next];
        else verb = null;
      }
      // A verb in lower case is the scan's word, letter for letter: its string is taken rather than
      // cut again, and it comes with its hash, which every look-up of the new one would compute.
      const word = lowerCase && scanned?.end === i ? scanned.word : text.slice(wordStart, i);
      out.push(new Token(word, lowerCase ? word : undefined, wordStart, i, true, verb));
      continue;
    }
    if (first & MARK) {
      const ch = text[i]!;
      out.push(new Token(ch, ch, i, i + 1, false, null));
    }
    i++;
  }
  return out;
}

/**
 * How many words `tokenize` would make of `text[start, end)` before a comma or a semicolon of its
 * own (not one between digits), counting no further than `limit`.
 */
export function wordsBeforeBreak(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    const first = classAt(text, i);
    if (first & WORD) {
      if (++count >= limit) return count;
      // The same word as tokenize reads it: letters, joining marks between them, digit groups.
      while (i < end) {
        const bits = classAt(text, i);
        if (bits & WORD) i++;
        else if (bits & JOIN && i + 1 < end && wordChar(text, i + 1)) i++;
        else if (digitGroupComma(text, i, end)) i++;
        else break;
      }
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return count;
    i++;
  }
  return count;
}

const set = (words: string) => new Set(words.split(' '));

/** Words that open a noun phrase: after a verb they start its clause or its object. */
export const DETERMINERS = set(
  'the a an this these those his her its their our my your no some all many most every each several both any another one two three four five six seven eight nine ten dozens hundreds thousands few none',
);
/** Pronouns that can be the subject of a reported clause. */
export const SUBJECT_PRONOUNS = set(
  'i you he she it we they there nobody everyone everybody someone somebody nothing everything anyone anybody none',
);
/** Pronouns and words that are only ever objects: "told him", "told reporters". */
export const OBJECT_PRONOUNS = set('me him her us them you reporters journalists');
/** Auxiliaries and modals: a word of these within a clause shows it has a finite verb. */
export const AUXILIARIES = set(
  "is are was were be been being has have had will would can could should may might must shall do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't shouldn't don't doesn't didn't it's he's she's there's that's they're we're i'm it'll he'll she'll they'll we'll he'd she'd they'd we'd i'd i've we've they've",
);
export const MODALS = set('will would can could should may might must shall');
/** Conjunctions that open a subordinate clause: "said when the bridge closed, …" is what was said. */
export const CLAUSE_OPENERS = set(
  'when if because while although though once unless since whether until how why what where who which',
);
/** Prepositions that open a phrase belonging to the verb: "told the court during the trial in March that". */
export const PREPOSITIONS = set(
  'in on at during from outside inside via through over under with to following near across amid throughout before after of for into onto toward towards',
);
/** Adverbs and time words that may stand between a verb and its clause. */
export const ADVERBS = set(
  'yesterday today tonight afterwards afterward later earlier again also repeatedly publicly privately recently previously then too separately flatly bluntly simply only firmly strongly frankly candidly openly quietly softly angrily calmly now already immediately once last this next late early monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year weekend overnight',
);
export const NEGATIONS = set(
  "not never no declined declines declining refused refuses refusing failed fails failing unable reluctant didn't don't doesn't won't wouldn't couldn't can't cannot isn't wasn't hasn't haven't hadn't",
);
/** Words that cannot open a reported clause after a speech verb ("said to …", "said nothing", "told of …"). */
export const NOT_CLAUSE_START = set(
  'to of for so nothing yes goodbye hello sorry thanks thank by and but or nor than as like with please sure okay ok amen',
);
/** "said no." and "said about the plan" open no clause; "said no one was hurt" and "says about 41,000 homes …" do. */
export function notClauseStart(t: Token, next: Token | undefined): boolean {
  if (t.lower === 'no') return !next?.word;
  if (t.lower === 'about') return !(next && isNumber(next));
  return NOT_CLAUSE_START.has(t.lower);
}
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** A word capitalised in the text. */
export function capitalised(t: Token): boolean {
  if (!t.word) return false;
  // A word opening with an ASCII character is capitalised when that is a capital (its lower case is
  // the same character otherwise): told without lower-casing the word.
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : c !== t.lower.charCodeAt(0);
}
export const isNumber = (t: Token): boolean => t.word && /^[\d$£€]/.test(t.text);
