/**
 * Capitalised names in running text, with the title or role written before them ("French President"),
 * and what the words themselves say about them: a known given name or a title makes a person; a
 * place's or an event's head word ("Maple Heights", "Spring Fair") makes no person. A run with neither
 * stays a possible person: whether the text treats it as one (the subject of a speech verb, a name
 * in apposition) is decided where speakers are resolved.
 */
import { hashesOf, isWordIn } from '../text/ascii-words';
import { abbreviationStop } from '../text/sentences';
import { dual, patternFor } from '../text/latin-pattern';
import { isGivenName } from './gender';
import {
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PLACE_NOUNS,
  PORTFOLIO_WORDS,
  ROLE_WORDS,
  TITLE_WORDS,
} from './lexicon';

export interface NameMention {
  block: number;
  start: number;
  end: number;
  /** The name without title or role: "Emmanuel Macron". */
  name: string;
  tokens: string[];
  /** Capitalised title/role before the name: "French President", "Mayor", "Ms". */
  title: string | null;
  /** 'unknown': a place, a region's people, an event ("Maple Heights", "Northern Albertan", "Spring Fair"). */
  kind: 'person' | 'organisation' | 'unknown';
  /**
   * What in the words makes a person: a known given name ("Nora Quist"), a title or role before the
   * name ("Insp. Quist"), or null when only the text around the name can tell ("Quist said").
   */
  evidence: 'given-name' | 'title' | null;
  /** True when "the" stands right before: "the United States", "the Golden Gull" are rarely people. */
  afterArticle: boolean;
  /** True when a preposition stands right before ("an analyst at Tillman Hart"): not a likely antecedent. */
  afterPreposition: boolean;
}

/**
 * A name of a given name (or two) and a role word that is also a common surname: the role word is
 * the surname.
 * Only those: "the Virginia Governor", "Chelsea Manager" are a place's or a club's office.
 */
function surnameAfterGivenName(facts: readonly WordFacts[], from: number, to: number): boolean {
  // (Or two given names before it, "Mary Lou Steward"; not a place's word, "Harris County Sheriff".)
  const givenNames = to - from - 1;
  if (givenNames < 1 || givenNames > 2) return false;
  for (let i = from; i < to - 1; i++) if (!facts[i]!.given || facts[i]!.role) return false;
  return SURNAME_ROLE_WORDS.has(facts[to - 1]!.lower);
}
// Role words that are common English surnames (King, Bishop, Judge …).
const SURNAME_ROLE_WORDS = new Set(
  'king bishop judge chancellor major mayor sheriff prince pope constable steward head farmer baron earl speaker'.split(
    ' ',
  ),
);

const PARTICLES = `(?:${NAME_PARTICLES.join('|')})`;
// A capitalised word, with an abbreviation's full stop ("Mr.", "J.") and hyphenated abbreviated
// titles kept whole ("Lt.-Gov.", which would otherwise end the run at "Lt.").
const TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\.-\\p{Lu}[\\p{L}\\p{M}'’\\-]*)*\\.?";
const NAME_RUN = dual(new RegExp(`${TOKEN}(?:\\s+(?:${PARTICLES}\\s+){0,2}${TOKEN})*`, 'gu'));
export const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic)$/u;

// Head words that end the name of a place and never a person's ("Maple Heights", "Oxley Square").
const PLACE_HEADS = new Set([
  'square',
  'street',
  'avenue',
  'road',
  'boulevard',
  'highway',
  'motorway',
  'airport',
  'station',
  'stadium',
  'arena',
  'cathedral',
  'abbey',
  'palace',
  'tower',
  'heights',
  'falls',
  'springs',
  'valley',
  'canyon',
  'island',
  'islands',
  'peninsula',
  'county',
  'district',
  'township',
  'borough',
  'province',
  'harbour',
  'harbor',
  'bay',
  'beach',
  'coast',
  'creek',
  'river',
  'sea',
  'ocean',
  'gulf',
  'strait',
  'firth',
  'estuary',
  'canal',
  'reservoir',
  'lodge',
  'estates',
  'gardens',
  'plaza',
  'mall',
  'quay',
  'pier',
  'wharf',
  'marina',
  'mountains',
  'forest',
  'desert',
  'trail',
  'crossing',
  'junction',
  'cove',
  'inlet',
  'fjord',
]);
// Place heads that are surnames too ("Stuart Hall", "Charlotte Church"): a place only without a given name.
const WEAK_PLACE_HEADS = new Set([
  'hall',
  'house',
  'park',
  'hill',
  'hills',
  'wood',
  'woods',
  'field',
  'fields',
  'lane',
  'ridge',
  'green',
  'grove',
  'glen',
  'gate',
  'point',
  'church',
  'chapel',
  'castle',
  'lake',
  'bridge',
  'north',
  'south',
  'east',
  'west',
  'nord',
  'sud',
]);
// Words that open a place's name ("Port Moody", "Mount Kenya", "San Teodoro").
const PLACE_PREFIXES = new Set([
  'port',
  'porto',
  'fort',
  'lake',
  'mount',
  'mt',
  'cape',
  'san',
  'santa',
  'santo',
  'sankt',
]);
// Region words before a region's people ("Northern Albertan", "Southern Italian"). Not before anything
// else: "Northern Grid" and "Southern Water" are companies that speak, as often as "Atlantic Canada" is a place.
const REGION_WORDS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
  'greater',
  'inner',
  'outer',
  'atlantic',
  'pacific',
  'arctic',
  'coastal',
  'rural',
]);
// Head words of events and contests ("the Winter Olympics", "Spring Fair", "Harbour Cup").
const EVENT_HEADS = new Set([
  'olympics',
  'games',
  'cup',
  'championship',
  'championships',
  'tournament',
  'marathon',
  'fair',
  'expo',
  'show',
  'awards',
  'prize',
  'trophy',
  'summit',
  'conference',
  'election',
  'elections',
  'referendum',
  'war',
  'revolution',
  'crisis',
  'week',
  'season',
  'series',
  'final',
  'finals',
  'parade',
  'carnival',
  'gala',
  'biennale',
  'forum',
  'derby',
  'classic',
  'regatta',
  'jubilee',
  'fest',
  'festival',
]);

/** Whether a word ends in a possessive 's ("Sheriff's", "Mayor’s"). */
const isPossessive = (t: string) =>
  t.length > 2 && t.endsWith('s') && (t[t.length - 2] === "'" || t[t.length - 2] === '’');

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
const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
const isWordCode = (c: number) =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 39 ||
  c === 0x2019 ||
  c === 45 ||
  (c >= 0xc0 &&
    !isSpaceCode(c) &&
    c !== 0x2013 &&
    c !== 0x2014 &&
    c !== 0x201c &&
    c !== 0x201d &&
    c !== 0xab &&
    c !== 0xbb);

/** The words of a run, as parallel lists: each word, where it starts in the paragraph, what the lexicon says of it. */
interface RunWords {
  texts: string[];
  starts: number[];
  facts: WordFacts[];
}

/** The words of a run, split at white space, with their offsets in the paragraph and their facts. */
function wordsOf(run: string, at: number): RunWords {
  const words: RunWords = { texts: [], starts: [], facts: [] };
  let i = 0;
  while (i < run.length) {
    while (i < run.length && isSpaceCode(run.charCodeAt(i))) i++;
    const start = i;
    while (i < run.length && !isSpaceCode(run.charCodeAt(i))) i++;
    if (i > start) {
      const word = run.slice(start, i);
      words.texts.push(word);
      words.starts.push(at + start);
      words.facts.push(factsOf(word));
    }
  }
  return words;
}

/** A title before a name, abbreviated or not, hyphenated titles too: "Mr.", "Insp", "Lt.-Gov.". */
function isTitle(word: string): boolean {
  const w = clean(word).toLowerCase();
  if (TITLE_WORDS.has(w)) return true;
  return w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part.replace(/\.$/, '')));
}

/** Where a name run ends a sentence inside it: after a full stop and a space, where the sentence
 * splitter would end one ("Ana Roy. Roy"), or -1. Initials ("J. Maroney"), titles ("Coun."), "Jr.",
 * "Inc." and dotted abbreviations ("U.S.") keep the run whole: the splitter's own list decides. */
function sentenceEndIn(run: string): number {
  for (let dot = run.indexOf('.'); dot >= 0; dot = run.indexOf('.', dot + 1)) {
    if (!isSpaceCode(run.charCodeAt(dot + 1)) || abbreviationStop(run, dot, 0, dot + 2)) continue;
    return dot + 1;
  }
  return -1;
}

/** An initial inside a name keeps its full stop: "Peter J. Maroney". */
const isInitial = (w: string) => w.length === 2 && w[1] === '.';

/** True when the text before a position opens a sentence: nothing, or a sentence mark, a quote, a dash. */
export function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const c = text[i - 1]!;
  return '.!?:;"“”‘\'(—–'.includes(c);
}

// Titles and names together: "Senate Majority Leader Tom Harlan" is six words.
const MAX_NAME_RUN = 10;
const PREPOSITIONS = new Set([
  'at',
  'of',
  'from',
  'with',
  'for',
  'by',
  'to',
  'in',
  'on',
  'about',
  'against',
  'between',
  'near',
]);
const ALL_CAPS = /^[\p{Lu}'’.-]{2,}$/u;

/** The word right before a position, past white space, or "" (a backward scan: no regex anchored at the end). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The word before the word right before a position ("of" before "the Ana Roy"), or "". */
function secondWordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? wordBefore(text, start) : '';
}

const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * Whether a body's noun stands right after a position, past white space, in lower case and as a whole
 * word of ASCII letters ("the No Tunnel Frenna committee"). (By its hash first: most words after a
 * name, "said", "and", are turned away without a string cut for them.)
 */
function bodyNounAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  return i > start && i - start < 24 && isWordIn(text, start, i, ORGANISATION_WORDS, ORGANISATION_HASHES);
}
const ORGANISATION_HASHES = hashesOf(ORGANISATION_WORDS);

// "Ericsson shares soared", "Brightwave stock fell": a name before its shares is a company's. Not
// the verb ("Roy shares her view"): the noun "shares" is followed by its own verb, not by an object's
// determiner. (Names with a given name or a title are left to those.)
const SHARES_AFTER =
  /^\s+(?:shares|stock|stocks)\s+(?!(?:her|his|their|its|our|my|your|the|a|an|this|that|these|those|some)\b)\p{Ll}/u;
const sharesAfter = (text: string, at: number): boolean =>
  text.charCodeAt(at + 1) === 115 /* s */ && SHARES_AFTER.test(text.slice(at, at + 30));

/** The word before "of"/"for" that stands right before a position ("minister" in "minister of "), or "". */
function roleBeforeOfFor(text: string, at: number): string {
  // (The role may be written with its capital, as a title: "Secretary for Culture Ana Roy"; a
  // portfolio of two parts stands between: "Minister for Planning and Development Ana Roy".)
  return (
    /([A-Za-z-]+)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u
      .exec(text.slice(Math.max(0, at - 60), at))?.[1]
      ?.toLowerCase() ?? ''
  );
}

/**
 * What the lexicon says of one word as written, read once: the same words ("The", "Mr", "said",
 * "Police", a surname) come back in every paragraph, and each question below used to cut, lower-case
 * and hash the word again. Every field is a function of the word alone, so a cached answer is the
 * answer; the cache is emptied when it grows large (a long article names thousands of people).
 */
interface WordFacts {
  /** `clean(word)` and its lower case. */
  clean: string;
  lower: string;
  stop: boolean;
  role: boolean;
  title: boolean;
  /** A given name (of the cleaned word). */
  given: boolean;
  /** A capitalised given name ("Nora"), not a lower-case particle the lists also hold ("de", "van"). */
  opensName: boolean;
  allCaps: boolean;
  nationality: boolean;
  cleanNationality: boolean;
  organisation: boolean;
  portfolio: boolean;
  /** A lone capitalised word that is no name: a stop word, shouting, or a title alone ("Lt."). */
  dropAlone: boolean;
  /** Only lower-case letters (`/^\p{Ll}+$/u`). */
  allLower: boolean;
  /** The lower case is a place's or an event's head word ("Square", "Cup"). */
  head: boolean;
  /** A head word that is also a surname ("Hall"). */
  weakPlaceHead: boolean;
  /** The lower case opens a place's name ("Port"). */
  placePrefix: boolean;
  /** The lower case names a region's people ("Northern"). */
  region: boolean;
  /** The lower case is a preposition ("at", "of"). */
  preposition: boolean;
}
const FACTS = new Map<string, WordFacts>();
const MAX_FACTS = 20_000;
const ALL_LOWER = /^\p{Ll}+$/u;

function factsOf(word: string): WordFacts {
  let f = FACTS.get(word);
  if (f) return f;
  if (FACTS.size >= MAX_FACTS) FACTS.clear();
  const cleaned = clean(word);
  const lower = cleaned.toLowerCase();
  const stop = NOT_NAME_WORDS.has(lower);
  const allCaps = ALL_CAPS.test(word);
  const title = isTitle(word);
  const given = isGivenName(cleaned);
  f = {
    clean: cleaned,
    lower,
    stop,
    role: ROLE_WORDS.has(lower),
    title,
    given,
    opensName: isUpperCode(word.charCodeAt(0)) && given,
    allCaps,
    nationality: NATIONALITY.test(word),
    cleanNationality: NATIONALITY.test(cleaned),
    organisation: ORGANISATION_WORDS.has(lower),
    portfolio: PORTFOLIO_WORDS.has(lower),
    dropAlone: stop || (isUpperCode(word.charCodeAt(1)) && allCaps) || (title && /[.-]/.test(word)),
    allLower: ALL_LOWER.test(word),
    head: PLACE_HEADS.has(lower) || EVENT_HEADS.has(lower),
    weakPlaceHead: WEAK_PLACE_HEADS.has(lower),
    placePrefix: PLACE_PREFIXES.has(lower),
    region: REGION_WORDS.has(lower),
    preposition: PREPOSITIONS.has(lower),
  };
  FACTS.set(word, f);
  return f;
}

/** Where, among a run's words, the name's title starts, the name starts, and the name ends (exclusive). */
interface NameSpan {
  from: number;
  nameFrom: number;
  to: number;
}
const ONE_WORD: NameSpan = { from: 0, nameFrom: 0, to: 1 };

/**
 * Where the title and the name lie among the words of a run of two or more, or null when no name does:
 * sentence openers and datelines are dropped from the front, a stop word ends the name, and every
 * word up to the last role word is the title. (Indexes, not slices: a run can be thousands of words
 * long in a hostile file.)
 */
function nameSpanOf(words: RunWords, text: string, runStart: number): NameSpan | null {
  const facts = words.facts;
  const n = facts.length;
  // Drop sentence-opening function words ("After", "The") and all-caps datelines.
  let from = 0;
  while (from < n && (facts[from]!.stop || (facts[from]!.allCaps && !acronymOpensBody(words, from)))) from++;
  if (from === n) return null;
  // A sentence opener the lexicon does not list ("Upstairs Nora Quist"): the capitalised first word
  // of a sentence that is no given name or title, before a given name and more. Not in a pair:
  // "Morag Lindsay" is a given name the lists lack before a surname they hold as a given name.
  const firstFacts = facts[0]!;
  if (
    from === 0 &&
    n > 2 &&
    opensSentence(text, runStart) &&
    facts[1]!.opensName &&
    !firstFacts.given &&
    !firstFacts.title &&
    !firstFacts.role &&
    !facts.some((f) => f.organisation)
  )
    from = 1;
  // "the minister of Economy Anja Wiedemann": after "of"/"for", a department's name can run into
  // the name of the person who holds it; the person starts at the given name.
  // (A portfolio's name tells it too when the given name is one the lists lack: "of Culture Jan Wilk".)
  if (
    from === 0 &&
    n > 2 &&
    (facts[1]!.opensName || firstFacts.portfolio) &&
    !firstFacts.given &&
    !firstFacts.title &&
    ROLE_WORDS.has(roleBeforeOfFor(text, runStart))
  )
    from = 1;
  // A run can swallow a stop word in the middle ("Moscow Today"): cut there.
  let to = from + 1;
  while (to < n && !facts[to]!.stop) to++;
  // Names are short; a longer run is a headline or shouting, not a person.
  if (to - from > MAX_NAME_RUN) return null;
  // "Senate Majority Leader Tom Harlan": everything up to the last role word is the title.
  let nameFrom = from;
  // (Not a role in the possessive: "the Brant County Sheriff's Office" is the office's name.)
  for (let i = from; i < to - 1; i++) if (facts[i]!.role && !isPossessive(words.texts[i]!)) nameFrom = i + 1;
  while (to - nameFrom > 1) {
    const f = facts[nameFrom]!;
    const nextIsRole = facts[nameFrom + 1]!.role;
    // (A given name that ends like a people's adjective opens the name: "Minister Ali Tariq Mirza".)
    if (f.title || f.role || (f.nationality && !f.given && (nextIsRole || to - nameFrom > 2))) nameFrom++;
    else break;
  }
  return { from, nameFrom, to };
}

/**
 * Whether the all-capitals word at `at` is an acronym that opens a body's name: "CBC News", "NHS
 * Trust": up to four words, none after it in capitals, the last a body's word. (A dateline in
 * capitals is dropped: "PARIS Mayor Ana Roy".)
 */
function acronymOpensBody(words: RunWords, at: number): boolean {
  const { facts, texts } = words;
  const n = facts.length;
  if (n - at < 2 || n - at > 4 || texts[at]!.length > 5 || !facts[n - 1]!.organisation) return false;
  for (let i = at + 1; i < n; i++) if (facts[i]!.allCaps || facts[i]!.stop) return false;
  return true;
}

/** Whether any word of `facts[from, to)` is one the facts test holds for. */
function anyOf(facts: readonly WordFacts[], from: number, to: number, test: (f: WordFacts) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(facts[i]!)) return true;
  return false;
}
const isOrganisationWord = (f: WordFacts) => f.organisation;
const isTitleWord = (f: WordFacts) => f.title;

/** The cleaned words of `facts[from, to)` ("Ms", "French President"). */
function cleanWords(facts: readonly WordFacts[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(facts[i]!.clean);
  return out;
}

/**
 * A name as written: initials keep their full stop, and a word inside the name its possessive
 * ("Peter J. Maroney", "Brant County Sheriff's Office").
 */
function nameAsWritten(words: RunWords, from: number, to: number): string {
  // (Joined by hand, not by an array's join: most names are one to three words, and the array and
  // its join cost more than the words.)
  const last = to - 1;
  let name = '';
  for (let i = from; i < last; i++) {
    const word = words.texts[i]!;
    name += (isInitial(word) || isPossessive(word) ? word : words.facts[i]!.clean) + ' ';
  }
  return name + words.facts[last]!.clean;
}

/** The word before the word that stands before a name ("of" in "of the Ana Roy"), lower-cased. */
function wordBeforePrevious(text: string, runStart: number, dropped: string): string {
  // (When a word was dropped from the run's front, it is the previous word and the word before the run comes next.)
  return (dropped ? wordBefore(text, runStart) : secondWordBefore(text, runStart)).toLowerCase();
}

/** Whether " (ABC)" follows the run's words `[from, to)` and holds their initials, one each. */
function initialsFollow(text: string, words: RunWords, from: number, to: number): boolean {
  const count = to - from;
  // (Not a person's initials, as a transcript gives them: "Ana Roy (AR)".)
  if (count < 2 || words.facts[from]!.given) return false;
  const after = words.starts[to - 1]! + words.texts[to - 1]!.length;
  // (A character check first: most names have no bracket after them.)
  if (text.charCodeAt(after) !== 32 || text.charCodeAt(after + 1) !== 40 || text.charCodeAt(after + count + 2) !== 41)
    return false;
  for (let i = 0; i < count; i++) if (text.charAt(after + 2 + i) !== words.texts[from + i]!.charAt(0)) return false;
  return true;
}

/** The mention a name span of a run makes, or null when its words make a role and no name. */
function mentionOf(block: number, text: string, runStart: number, words: RunWords, span: NameSpan): NameMention | null {
  const { from, nameFrom, to } = span;
  // "Pakistan Tehreek Insaaf (PTI)": a run its initials follow in brackets is a body's name.
  const abbreviated = initialsFollow(text, words, from, to) || initialsFollow(text, words, nameFrom, to);
  const facts = words.facts;
  const nameLength = to - nameFrom;
  const firstFacts = facts[nameFrom]!;
  const lastFacts = facts[to - 1]!;
  // "the Spanish Prime Minister": a run that ends in a role word is a role, not a name; but after a
  // given name the word is a surname ("Michael King", "Dana Bishop").
  if (lastFacts.role && !abbreviated && !surnameAfterGivenName(facts, nameFrom, to)) return null;
  // "Coastal Province-based", "Saudi-led": a compound adjective describes what follows; it names nothing.
  if (ADJECTIVE_COMPOUND.test(words.texts[to - 1]!)) return null;
  const titleLength = nameFrom - from;
  const evidence = titleLength > 0 ? 'title' : firstFacts.given ? 'given-name' : null;
  // What the words say the run names, when no title makes it a person: a place by its head or its
  // opening word ("Maple Heights", "Port Moody"), a region or its people ("Northern Albertan"), an
  // event ("Spring Fair"). A given name outweighs a head that is also a surname ("Stuart Hall").
  // A role word before a place's head is part of the place's name ("Queen Street", "King's Cup"); a
  // title is not ("Mr Bridge").
  const titled = anyOf(facts, from, nameFrom, isTitleWord);
  // (The word lists are asked once per word, in its facts.)
  const notPerson =
    !titled &&
    (lastFacts.head ||
      (evidence === null && lastFacts.weakPlaceHead && nameLength > 1) ||
      (nameLength > 1 &&
        (firstFacts.placePrefix || (evidence === null && firstFacts.region && lastFacts.cleanNationality))));
  const kind =
    abbreviated || anyOf(facts, nameFrom, to, isOrganisationWord) ? 'organisation' : notPerson ? 'unknown' : 'person';
  // The last word dropped from the front ("After" in "After Putin"): it stands before the name.
  const dropped = from > 0 ? words.texts[from - 1]! : '';
  const previous = dropped || wordBefore(text, runStart);
  const previousFacts = factsOf(previous);
  const prev = previousFacts.lower;
  const lastWord = words.texts[to - 1]!;
  const lastStart = words.starts[to - 1]!;
  const lastEnd = lastStart + lastWord.length;
  // "the No Tunnel Frenna committee": a name that a body's noun follows is that body's name.
  // (Not after a possessive: "Ana Roy's office" is hers, and she is no office.)
  const bodyAfter =
    !isPossessive(lastWord) && (bodyNounAfter(text, lastEnd) || (evidence === null && sharesAfter(text, lastEnd)));
  // "Turkish media", "the French government": a people's adjective before a body's noun describes the
  // body; it names neither the body nor a person.
  const peopleOfBody = bodyAfter && nameLength === 1 && firstFacts.nationality;
  // "the brokerage Tillman Hart": a body's name after the noun that says what it is.
  // (Not after a word for a place: "the capital Athens", "the town Ely" name places.)
  // (Not when a title or a role opens the run: "police Chief James White" is the chief.)
  const namedBody =
    evidence !== 'title' && previousFacts.allLower && previousFacts.organisation && !PLACE_NOUNS.has(previous);
  // "Northwind Air, which flies …": English says "which" of things and bodies, "who" of people.
  const relativeWhich =
    evidence === null && text.charCodeAt(lastEnd) === 44 && /^,\s+which\s/.test(text.slice(lastEnd, lastEnd + 10));
  return {
    block,
    start: words.starts[nameFrom]!,
    end: lastStart + lastFacts.clean.length,
    name: nameAsWritten(words, nameFrom, to),
    tokens: cleanWords(facts, nameFrom, to),
    title: titleLength > 0 ? cleanWords(facts, from, nameFrom).join(' ') : null,
    kind: peopleOfBody
      ? 'unknown'
      : namedBody || bodyAfter || (relativeWhich && kind === 'person')
        ? 'organisation'
        : kind,
    evidence,
    afterArticle: prev === 'the',
    // (Also past a role word: "the brother of victim Ana Roy", "a statement from coach Ana Roy".)
    // (The word before that is read only then: most names have no preposition before them.)
    afterPreposition:
      previousFacts.preposition ||
      ((prev === 'the' || (previousFacts.allLower && previousFacts.role)) &&
        PREPOSITIONS.has(wordBeforePrevious(text, runStart, dropped))),
  };
}

const ADJECTIVE_COMPOUND =
  /-(?:based|born|led|owned|run|backed|funded|made|bound|related|linked|affiliated|inspired|style|controlled|allied|aligned|friendly)$/;

/** Finds name runs in one paragraph. */
export function findNameMentions(block: number, text: string): NameMention[] {
  const out: NameMention[] = [];
  const pattern = patternFor(NAME_RUN, text);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let run = m[0];
    // "The council met Ana Roy. Roy said …": a run never crosses the end of a sentence; the scan
    // goes on from the next word.
    if (run.includes('.')) {
      const cut = sentenceEndIn(run);
      if (cut > 0) {
        run = run.slice(0, cut);
        pattern.lastIndex = m.index + cut;
      }
    }
    let words: RunWords;
    let span: NameSpan | null;
    if (!run.includes(' ')) {
      // Most runs are one capitalised word that opens a sentence ("The", "But"): drop them at once, and a
      // title alone ("Lt." before a line break) is no name either.
      const facts = factsOf(run);
      if (facts.dropAlone) continue;
      words = { texts: [run], starts: [m.index], facts: [facts] };
      span = ONE_WORD;
    } else {
      // What the lexicon says of each word, looked up once: the rules ask several questions of each.
      words = wordsOf(run, m.index);
      span = nameSpanOf(words, text, m.index);
    }
    const mention = span && mentionOf(block, text, m.index, words, span);
    if (mention) out.push(mention);
  }
  return out;
}
