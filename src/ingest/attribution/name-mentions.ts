/**
 * Capitalised names in running text, with the title or role written before them ("French President"),
 * and what the words themselves say about them: a known given name or a title makes a person; a
 * place's or an event's head word ("Maple Heights", "Spring Fair") makes no person. A run with neither
 * stays a possible person: whether the text treats it as one (the subject of a speech verb, a name
 * in apposition) is decided where speakers are resolved.
 */
import { abbreviationStop } from '../text/sentences';
import { dual, patternFor } from '../text/latin-pattern';
import { isGivenName } from './gender';
import {
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
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
 * A run of a given name and a role word that is also a common surname: the role word is the surname.
 * Only those: "the Virginia Governor", "Chelsea Manager" are a place's or a club's office.
 */
function surnameAfterGivenName(facts: readonly { given: unknown; role: boolean; lower: string }[]): boolean {
  return facts.length === 2 && Boolean(facts[0]!.given) && !facts[0]!.role && SURNAME_ROLE_WORDS.has(facts[1]!.lower);
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
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic)$/u;

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
function opensSentence(text: string, at: number): boolean {
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

/** The word before "of"/"for" that stands right before a position ("minister" in "minister of "), or "". */
function roleBeforeOfFor(text: string, at: number): string {
  // (The role may be written with its capital, as a title: "Secretary for Culture Ana Roy".)
  return /([A-Za-z-]+)\s+(?:of|for)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

const PLACE_NOUNS_BEFORE_NAME = new Set([
  'capital',
  'city',
  'town',
  'village',
  'state',
  'region',
  'province',
  'municipality',
  'station',
  'county',
  'district',
  'borough',
  'parish',
]);

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

const factsOfWord = (w: { text: string }) => factsOf(w.text);

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
    const single = !run.includes(' ');
    // Most runs are one capitalised word that opens a sentence ("The", "But"): drop them at once, and a
    // title alone ("Lt." before a line break) is no name either.
    const singleFacts = single ? factsOf(run) : null;
    if (singleFacts?.dropAlone) continue;
    let words = single ? [{ text: run, at: m.index }] : wordsOf(run, m.index);
    // What the lexicon says of each word, looked up once: the rules below ask several questions of each.
    let facts = singleFacts ? [singleFacts] : words.map(factsOfWord);
    let titleFacts: WordFacts[] = [];
    // The last word dropped from the front ("After" in "After Putin"): it stands before the name.
    let dropped = '';
    if (!single) {
      // Drop sentence-opening function words ("After", "The") and all-caps datelines.
      // (Indexes, not repeated slices: a run can be thousands of words long in a hostile file.)
      let from = 0;
      while (from < words.length && (facts[from]!.stop || facts[from]!.allCaps)) from++;
      // A sentence opener the lexicon does not list ("Upstairs Nora Quist"): the capitalised first word
      // of a sentence that is no given name or title, before a given name and more. Not in a pair:
      // "Morag Lindsay" is a given name the lists lack before a surname they hold as a given name.
      const firstFacts = facts[0]!;
      if (
        from === 0 &&
        words.length > 2 &&
        opensSentence(text, m.index) &&
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
        words.length > 2 &&
        (facts[1]!.opensName || firstFacts.portfolio) &&
        !firstFacts.given &&
        !firstFacts.title &&
        ROLE_WORDS.has(roleBeforeOfFor(text, m.index))
      )
        from = 1;
      if (from > 0) dropped = words[from - 1]!.text;
      // A run can swallow a stop word in the middle ("Moscow Today"): cut there.
      let to = from + 1;
      while (to < words.length && !facts[to]!.stop) to++;
      // Names are short; a longer run is a headline or shouting, not a person.
      if (to - from > MAX_NAME_RUN) continue;
      // "Senate Majority Leader Tom Harlan": everything up to the last role word is the title.
      let nameFrom = from;
      // (Not a role in the possessive: "the Brant County Sheriff's Office" is the office's name.)
      for (let i = from; i < to - 1; i++) if (facts[i]!.role && !isPossessive(words[i]!.text)) nameFrom = i + 1;
      while (to - nameFrom > 1) {
        const f = facts[nameFrom]!;
        const nextIsRole = facts[nameFrom + 1]!.role;
        if (f.title || f.role || (f.nationality && (nextIsRole || to - nameFrom > 2))) nameFrom++;
        else break;
      }
      titleFacts = facts.slice(from, nameFrom);
      words = words.slice(nameFrom, to);
      facts = facts.slice(nameFrom, to);
    }
    // "the Spanish Prime Minister": a run that ends in a role word is a role, not a name; but after a
    // given name the word is a surname ("Michael King", "Dana Bishop").
    const firstWord = words[0];
    const lastWord = words[words.length - 1];
    if (!firstWord || !lastWord) continue;
    if (facts[facts.length - 1]!.role && !surnameAfterGivenName(facts)) continue;
    const kept = facts.filter((f) => f.clean !== '');
    const tokens = kept.map((f) => f.clean);
    const firstKept = kept[0];
    const lastKept = kept[kept.length - 1];
    const evidence = titleFacts.length ? 'title' : (kept[0]?.given ?? false) ? 'given-name' : null;
    // What the words say the run names, when no title makes it a person: a place by its head or its
    // opening word ("Maple Heights", "Port Moody"), a region or its people ("Northern Albertan"), an
    // event ("Spring Fair"). A given name outweighs a head that is also a surname ("Stuart Hall").
    // A role word before a place's head is part of the place's name ("Queen Street", "King's Cup"); a
    // title is not ("Mr Bridge").
    const titled = titleFacts.some((f) => f.title);
    // (The word lists are asked once per word, in its facts.)
    const notPerson =
      !titled &&
      firstKept !== undefined &&
      lastKept !== undefined &&
      (lastKept.head ||
        (evidence === null && lastKept.weakPlaceHead && tokens.length > 1) ||
        (tokens.length > 1 &&
          (firstKept.placePrefix || (evidence === null && firstKept.region && lastKept.cleanNationality))));
    const kind = kept.some((f) => f.organisation) ? 'organisation' : notPerson ? 'unknown' : 'person';
    const [wordBefore, twoBefore] = wordsBefore(text, m.index);
    const previous = dropped || wordBefore;
    const beforePrevious = dropped ? wordBefore : twoBefore;
    const previousFacts = factsOf(previous);
    const prev = previousFacts.lower;
    // "the No Tunnel Frenna committee": a name that a body's noun follows is that body's name.
    // (Not after a possessive: "Ana Roy's office" is hers, and she is no office.)
    const bodyAfter =
      !isPossessive(lastWord.text) && ORGANISATION_WORDS.has(wordAfter(text, lastWord.at + lastWord.text.length));
    // "Turkish media", "the French government": a people's adjective before a body's noun describes the
    // body; it names neither the body nor a person.
    const peopleOfBody = bodyAfter && facts.length === 1 && facts[0]!.nationality;
    // "the brokerage Tillman Hart": a body's name after the noun that says what it is.
    // (Not after a word for a place: "the capital Athens", "the town Ely" name places.)
    // (Not when a title or a role opens the run: "police Chief James White" is the chief.)
    const namedBody =
      evidence !== 'title' &&
      previousFacts.allLower &&
      ORGANISATION_WORDS.has(previous) &&
      !PLACE_NOUNS_BEFORE_NAME.has(previous);
    // "Northwind Air, which flies …": English says "which" of things and bodies, "who" of people.
    const lastEnd = lastWord.at + lastWord.text.length;
    const relativeWhich =
      evidence === null && text.charCodeAt(lastEnd) === 44 && /^,\s+which\s/.test(text.slice(lastEnd, lastEnd + 10));
    out.push({
      block,
      start: firstWord.at,
      end: lastWord.at + facts[facts.length - 1]!.clean.length,
      // Initials keep their full stop, and a word inside the name its possessive, so the name reads
      // as written: "Peter J. Maroney", "Brant County Sheriff's Office".
      name:
        words.length === 1
          ? facts[0]!.clean
          : words
              .map((w, i) =>
                i < words.length - 1 && (isInitial(w.text) || isPossessive(w.text)) ? w.text : facts[i]!.clean,
              )
              .join(' '),
      tokens,
      title: titleFacts.length ? titleFacts.map((f) => f.clean).join(' ') : null,
      kind: peopleOfBody
        ? 'unknown'
        : namedBody || bodyAfter || (relativeWhich && kind === 'person')
          ? 'organisation'
          : kind,
      evidence,
      afterArticle: prev === 'the',
      // (Also past a role word: "the brother of victim Ana Roy", "a statement from coach Ana Roy".)
      afterPreposition:
        previousFacts.preposition ||
        ((prev === 'the' || (previousFacts.allLower && ROLE_WORDS.has(prev))) &&
          PREPOSITIONS.has(beforePrevious.toLowerCase())),
    });
  }
  return out;
}
