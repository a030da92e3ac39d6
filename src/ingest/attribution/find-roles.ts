/**
 * Roles the article gives people, read from appositions and titles: "the mayor, Odile Brun",
 * "Anna Ricci, president of the traders' association,", "the Polish actor Tomasz Wilk".
 * Also gender evidence next to a name ("Vauquelin, for her part").
 */
import { findWords, hashesOf, isJsSpace } from '../text/ascii-words';
import { dual, patternFor } from '../text/latin-pattern';
import { addAlias, type Entity, type EntityRegistry } from './entities';
import { genderOfCue } from './gender';
import { NOT_NAME_WORDS, ROLE_WORDS, SPEECH_VERB_SET } from './lexicon';
import { opensSentence, type NameMention } from './name-mentions';

// Role nouns without the courtesy titles, found by the hashed word scan.
const ROLE_NOUNS = new Set(
  [...ROLE_WORDS].filter((w) => !['mr', 'mrs', 'ms', 'dr', 'prof'].includes(w) && /^[a-z]+$/.test(w)),
);
const ROLE_NOUN_HASHES = hashesOf(ROLE_NOUNS);
const hasRoleWord = (phrase: string) =>
  findWords(phrase, ROLE_NOUNS, ROLE_NOUN_HASHES).length > 0 ||
  (phrase.includes('-') &&
    phrase
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => ROLE_WORDS.has(w)));
const STOP_BACK = new Set([
  'the',
  'a',
  'an',
  'by',
  'with',
  'and',
  'or',
  'to',
  'from',
  'of',
  'said',
  'told',
  'says',
  'that',
  'for',
  'as',
  'between',
  'led',
  'at',
  'in',
  'on',
]);

const ARTICLE_INSIDE = /\s(?:the|a|an|its|his|her|their)\s+/gi;

function shortestRolePhrase(phrase: string): string | undefined {
  const starts = [0];
  ARTICLE_INSIDE.lastIndex = 0;
  for (let m = ARTICLE_INSIDE.exec(phrase); m; m = ARTICLE_INSIDE.exec(phrase)) starts.push(m.index + m[0].length);
  for (const start of starts.reverse()) {
    const candidate = phrase.slice(start).trim();
    if (hasRoleWord(candidate)) return candidate;
  }
  return undefined;
}

const POSSESSIVE_BEFORE = dual(/(\p{Lu}[\p{L}'’-]*['’]s\s+[^,.;:“”"()]{2,60}),\s*$/u);
const APPOSITION_AFTER =
  /^,\s+(?:\d{1,3},\s+)?(the\s+|a\s+|an\s+)?([^,.;:“”"()]{2,90}?)(?=,|\.|;|\s+(?:said|says|told|added|who|whose)\b)/;
/** How many words before a name can make its role ("Harlow Mills chief financial officer Dana Voss"). */
const ROLE_WORDS_BACK = 5;

/**
 * The last `n` words of a text (split at white space, as `split(/\s+/)` would), in reading order:
 * a role is read back from the name, and a few words end it, so the rest of the text is not split.
 */
export function lastWordsOf(text: string, n: number): string[] {
  const words: string[] = [];
  let end = text.length;
  while (words.length < n) {
    while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isJsSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.push(text.slice(start, end));
    end = start;
  }
  return words.reverse();
}

// "what his striker had said, Mr. Roy": a clause, not a role, stands before the name.
const HAS_VERB = /\b(?:had|has|have|was|were|is|are|will|would|said|says|told|did|does)\b/;
// (Unanchored and read at every letter of an apposition: its Latin form runs where it can.)
const NAMED_AFTER_ROLE = dual(
  /\p{Ll}\s+(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*$/u,
);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** Whether a description ends in a name after a role ("former prime minister Sir Ed Heath"). */
function endsInNamedRole(described: string): boolean {
  // The pattern ends in a capitalised word: when the last word opens with an ASCII letter in lower
  // case (most descriptions: "president of the association"), it cannot match, and is not run.
  const c = (lastWordsOf(described, 1)[0] ?? '').charCodeAt(0);
  if (c < 0x80 && !(c >= 65 && c <= 90)) return false;
  return patternFor(NAMED_AFTER_ROLE, described).test(described);
}

/** `/^\p{Ll}/u.test(text)`, by code for ASCII. */
export function opensLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : OPENS_LOWER.test(text);
}
const OPENS_LOWER = /^\p{Ll}/u;

/** `text.trimEnd().endsWith(',')` without the copy. */
export const endsWithComma = (text: string): boolean => commaEndsAt(text, 0, text.length);

/** `text.split(/\s+/).length` without the split: one more than the runs of white space. */
export function partsBetweenSpaces(text: string): number {
  let parts = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (Printable ASCII, nearly every character, is no space: the full test only for the rest.)
    const space = (c <= 32 || c >= 0x7f) && isJsSpace(c);
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/** `LOWER_WORD.test(word)`, read by code for ASCII words (most are), by the pattern otherwise. */
export function isLowerWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c === 45 && i > 0)) continue;
    return c < 0x80 ? false : LOWER_WORD.test(word);
  }
  return true;
}
/**
 * The position of the last clause mark, or apposition mark, before a text's closing comma (and its
 * trailing white space), or -1. Only called on a text that ends with a comma.
 * (One loop per kind of mark: a test passed in as a function was called, not inlined, at every character.)
 */
function lastClauseMarkBefore(text: string): number {
  for (let i = closingComma(text) - 1; i >= 0; i--) if (isClauseMark(text.charCodeAt(i))) return i;
  return -1;
}
function lastAppositionMarkBefore(text: string): number {
  for (let i = closingComma(text) - 1; i >= 0; i--) if (isAppositionMark(text.charCodeAt(i))) return i;
  return -1;
}
/** The position of the last comma of a text, or -1. */
function closingComma(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) !== 44) i--;
  return i;
}
// The marks no subordinate clause crosses (, . ; :), and those no apposition before a name crosses
// (those, quotation marks and brackets: , . ; : “ ” " ( )). (Tests by code, not a set: they are read at
// every character of the clause before a name.)
const isClauseMark = (c: number) => c === 44 || c === 46 || c === 59 || c === 58;
const isAppositionMark = (c: number) =>
  isClauseMark(c) || c === 0x201c || c === 0x201d || c === 34 || c === 40 || c === 41;
const SUBORDINATE =
  /\b(?:whether|if|because|when|although|though|while|after|before|since|as|once|until|unless)\b[^,.;:]*,\s*$/i;
const TITLE_AT_END = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord|Sen|Rep|Gov|Gen)\.?\s+$/;

/**
 * Where the text before a name ends: before a courtesy title that stands between an apposition and
 * the name ("The director, Ms Helen Carrow"), else at the name.
 */
function endBeforeTitle(text: string, start: number): number {
  const tailStart = Math.max(0, start - TITLE_REACH);
  // The title opens with an ASCII capital: the eight characters before most names hold none.
  if (!hasAsciiCapital(text, tailStart, start)) return start;
  const title = TITLE_AT_END.exec(text.slice(tailStart, start));
  return title ? tailStart + title.index : start;
}
const TITLE_REACH = 8;

function hasAsciiCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** `endsWithComma(text.slice(from, to))` without the copy. */
function commaEndsAt(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end > from && text.charCodeAt(end - 1) === 44;
}

/** The last run of non-spaces in `text.slice(from, to)`, without the copy of the text before it. */
function lastWordIn(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > from && text.charCodeAt(start - 1) > 32) start--;
  return text.slice(start, end);
}

/** How far before a name an apposition or a role is read, and how far after it. */
const READ_BEFORE = 120;
const READ_AFTER = 160;
/** How far after a name "her" or "his" is looked for. */
const POSSESSIVE_REACH = 28;

export function readRoles(text: string, mentions: NameMention[], registry: EntityRegistry): void {
  if (mentions.length === 0) return;
  // (One look-up per name; null is kept for a name no entity has. Most paragraphs name one person
  // once: they make no map.)
  const entityOf = mentions.length > 1 ? new Map<string, Entity | null>() : null;
  for (const m of mentions) {
    let e = entityOf ? entityOf.get(m.name) : undefined;
    if (e === undefined) {
      e = registry.findByName(m.name);
      entityOf?.set(m.name, e);
    }
    if (!e) continue;
    // The text before the name is read by position, and copied only for the readings that need it:
    // most names have neither a comma before or after them nor a lower-case word right before.
    const beforeStart = Math.max(0, m.start - READ_BEFORE);
    // A title between the apposition and the name ("The director, Ms Helen Carrow") belongs to the name.
    const beforeEnd = endBeforeTitle(text, m.start);
    // "the Valdorian foreign minister, Tomas Rendl"
    const commaBefore = commaEndsAt(text, beforeStart, beforeEnd);
    const commaAfter = text.charCodeAt(m.end) === 44;
    const previousWord = m.title ? '' : lastWordIn(text, beforeStart, beforeEnd);
    const rolesBack = isLowerWord(previousWord) && !STOP_BACK.has(previousWord);
    // "Tom Reyes is the councillor …"
    const copulaAfter =
      text.charCodeAt(m.end) === 32 && (readsAt(text, m.end + 1, 'is ') || readsAt(text, m.end + 1, 'was '));
    if (commaBefore || commaAfter || rolesBack || copulaAfter)
      readAround(
        text.slice(beforeStart, beforeEnd),
        text.slice(m.end, m.end + READ_AFTER),
        commaBefore,
        rolesBack,
        e,
        m,
        registry,
      );

    // "Vauquelin, for her part," / "Hess, who denies his ..." (only worth reading while the gender
    // is unknown, and only when "her" or "his" stands within the pattern's reach)
    if (e.gender != null) continue;
    const head = text.slice(m.end, m.end + POSSESSIVE_REACH);
    if (!head.includes('her') && !head.includes('his')) continue;
    const after = text.slice(m.end, m.end + READ_AFTER);
    const possessive = /^[^.;:“”"]{0,25}?\b(her|his)\b/.exec(after);
    if (possessive?.[1] && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after.slice(0, possessive.index)))
      e.gender ??= genderOfCue(possessive[1]);
  }
}

/** `text.startsWith(word, at)` for a short word, by code (a few characters: no call out of compiled code). */
function readsAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether the text after a name's comma can hold a description `describesName` takes, read before
 * APPOSITION_AFTER is run: after the white space (and an age, "52,"), an article ("a doctor"), or a
 * word in lower case with a role word among the first four ("president of the association"). Most
 * clauses after a name have neither ("Jansen, who had promised …", "Costa, said that …"), and the
 * pattern, which reads up to 90 characters, is not run on them.
 *
 * A description without an article opens where this reads (the pattern's white space and age are
 * greedy, and a description that opens with white space or a digit is refused), and ends before a
 * comma, a full stop, a semicolon or white space: its first four words are among those read here.
 */
function mayDescribeName(after: string): boolean {
  const start = pastSpace(after, 1);
  if (start === 1) return false;
  const at = pastAge(after, start);
  if (opensArticle(after, at)) return true;
  const rest = after.slice(at);
  return opensLowerCase(rest) && hasRoleWord(firstParts(rest, 4));
}

/** Past the white space at a position (none: the position itself). */
function pastSpace(text: string, at: number): number {
  let i = at;
  while (isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Past an age and its comma and white space at a position ("52, "), as APPOSITION_AFTER reads one; else the position. */
function pastAge(text: string, at: number): number {
  let i = at;
  while (i - at < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === at || text.charCodeAt(i) !== 44) return at;
  const end = pastSpace(text, i + 1);
  return end > i + 1 ? end : at;
}
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether "the", "a" or "an" and white space stand at a position. */
function opensArticle(text: string, at: number): boolean {
  // (Its first letter first: most clauses after a name open with neither "t" nor "a".)
  const c = text.charCodeAt(at);
  if (c !== 116 && c !== 97) return false;
  for (const article of ARTICLES)
    if (text.startsWith(article, at) && isJsSpace(text.charCodeAt(at + article.length))) return true;
  return false;
}
const ARTICLES = ['the', 'a', 'an'];

/**
 * Whether the apposition after a name describes it: with an article ("a doctor"), or opening in lower
 * case with a role word among its first four words ("president of the association"); short; and not
 * a role before a name ("Mr Proctor, former prime minister Sir Ed Heath, and …": the next person of
 * a list, not this one's description).
 */
function describesName(described: string, afterArticle: boolean): boolean {
  // (The cheap tests first, and of those the role word, which turns away most clauses after a name
  // ("Jansen, who had promised …"); the name after a role, the costliest, last.)
  if (!afterArticle && !(opensLowerCase(described) && hasRoleWord(firstParts(described, 4)))) return false;
  return partsBetweenSpaces(described) <= 10 && !endsInNamedRole(described);
}

/**
 * The text up to the end of its `n`-th part between white space: `text.split(/\s+/).slice(0, n)`
 * without the split, for a word search (the white space between the parts stays as written, and no
 * word search reads it).
 */
export function firstParts(text: string, n: number): string {
  let parts = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (Printable ASCII, nearly every character, is no space: the full test only for the rest.)
    if ((c > 32 && c < 0x7f) || !isJsSpace(c)) continue;
    if (parts === n) return text.slice(0, i);
    parts++;
    while (i + 1 < text.length && isJsSpace(text.charCodeAt(i + 1))) i++;
  }
  return text;
}

// " is the councillor for the ward." up to the clause's end: "is"/"was", an article, and a short phrase.
const COPULA_ROLE = /^ (?:is|was) ((?:the|an?) [^,.;:!?“”"()]{2,60}?)(?=[,.;:!?]|$)/;

/** The roles read from the text around one name: appositions before and after it, role words right before it. */
function readAround(
  before: string,
  after: string,
  commaBefore: boolean,
  rolesBack: boolean,
  e: Entity,
  m: NameMention,
  registry: EntityRegistry,
): void {
  // The patterns below end at that comma and cross none of these marks: each reads only the
  // clause the comma closes, not the 120 characters before the name.
  const clauseAt = commaBefore ? lastAppositionMarkBefore(before) : 0;
  // "Asked whether the chancellor trusts his finance minister, Lorenz replied": the comma closes a
  // subordinate clause, and the name opens the main one; no apposition.
  // (Read only after a comma: the clause test is the costliest here.)
  const closesClause =
    commaBefore && /^\s+\p{Ll}/u.test(after) && SUBORDINATE.test(before.slice(lastClauseMarkBefore(before) + 1));
  const appositionBefore =
    commaBefore &&
    !closesClause &&
    /(?:^|[\s(])(?:the|The|a|A|an|An|its|Its|his|His|her|Her|their|Their)\s+([^,.;:“”"()]{2,80}),\s*$/.exec(
      // (From the mark itself: an opening bracket may stand before the article.)
      before.slice(Math.max(0, clauseAt)),
    );
  // "… outside the office of the harbour master in Valmera, Tom Vell said.": a name that a
  // speech verb follows is the subject of a cue, and the phrase before its comma ends the words it
  // reports, unless that phrase opens its clause ("The French president, Emmanuel Macron said").
  const cueSubject = appositionBefore && SPEECH_VERB_SET.has(firstWordOf(after).toLowerCase());
  // "The announcement came from the councillor for sport, X": the role starts after the last preposition + article.
  // "The meeting in Paris between the Italian minister, X": the shortest phrase after an article that holds a role.
  const found = appositionBefore ? shortestRolePhrase(appositionBefore[1] ?? '') : undefined;
  const rolePhrase = found && (!cueSubject || opensClauseWith(before.slice(clauseAt + 1), found)) ? found : undefined;
  // (A phrase `shortestRolePhrase` gives holds a role word: it found it by one.)
  if (rolePhrase && partsBetweenSpaces(rolePhrase) <= 8 && !HAS_VERB.test(rolePhrase)) registry.addRole(e, rolePhrase);

  // "Leicester's goalkeeper, Danny Ward-Pike"
  // (The pattern's form is chosen by the whole text before, as when it read all of it; it needs an
  // apostrophe before an "s", which most clauses lack, and is not run on them: the choice of form
  // alone reads all 120 characters.)
  const clause = commaBefore ? before.slice(clauseAt + 1) : '';
  const possessiveBefore =
    commaBefore &&
    (clause.includes("'s") || clause.includes('’s')) &&
    patternFor(POSSESSIVE_BEFORE, before).exec(clause);
  if (
    possessiveBefore &&
    possessiveBefore[1] &&
    hasRoleWord(possessiveBefore[1]) &&
    partsBetweenSpaces(possessiveBefore[1]) <= 6
  )
    registry.addRole(e, possessiveBefore[1]);

  // "Anna Ricci, president of the association," / "Hugh Hill, a doctor, said"
  // An age may come first ("Pat Lee, 52, a contractor"); an apposition with an article is a description.
  const appositionAfter = after.startsWith(',') && mayDescribeName(after) && APPOSITION_AFTER.exec(after);
  const described = appositionAfter ? appositionAfter[2] : undefined;
  if (appositionAfter && described && describesName(described, Boolean(appositionAfter[1])))
    registry.addRole(e, described);

  // "Tom Reyes is the councillor for the harbour ward.": the copula gives the name that opens the
  // sentence its role. (Only a name opening it: in "the man who shot Ana Roy was a police officer",
  // she is no officer.)
  const copula = after.charCodeAt(0) === 32 && COPULA_ROLE.exec(after);
  if (
    copula &&
    opensSentence(before, before.length) &&
    hasRoleWord(firstParts(copula[1]!, 3)) &&
    describesName(copula[1]!, true)
  )
    registry.addRole(e, copula[1]!);

  // "the newly appointed coach Rafe Lindell", "Harlow Mills chief financial officer Dana Voss"
  // Only worth reading when a word that can belong to a role stands right before the name.
  if (rolesBack) {
    const phrase = roleWordsBack(before).join(' ');
    if (phrase && hasRoleWord(phrase) && /\p{Ll}/u.test(phrase)) {
      registry.addRole(e, phrase);
      addAlias(e, `${phrase} ${m.name}`);
    }
  }
}

/** Whether a clause opens with a phrase, after its article or possessive ("The French president, …"). */
function opensClauseWith(clause: string, phrase: string): boolean {
  const opening = clause.trimStart().replace(/^(?:the|a|an|its|his|her|their)\s+/i, '');
  return opening.toLowerCase().startsWith(phrase.toLowerCase());
}

/** The first word of a text after its spaces ("" when it opens with a mark). */
function firstWordOf(text: string): string {
  return /^\s*([A-Za-z]+)/.exec(text)?.[1] ?? '';
}

/**
 * The words of a role right before a name, up to five, back to a mark, a stop word or a capitalised
 * verb ("Joined"), a "for" or "of" inside kept ("minister for sport"), not at its front.
 */
function roleWordsBack(before: string): string[] {
  const words = lastWordsOf(before, ROLE_WORDS_BACK + 1);
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0 && role.length < ROLE_WORDS_BACK; i--) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    // A sentence opener ("Meanwhile", "When") or a capitalised verb ("Joined") is no part of a role.
    if (
      !w ||
      /[,.;:“”"()]$/.test(w) ||
      !/[A-Za-z]/.test(w) ||
      STOP_BACK.has(lower) ||
      NOT_NAME_WORDS.has(lower) ||
      /^\p{Lu}\p{Ll}+ed$/u.test(w)
    ) {
      if (lower === 'for' || lower === 'of') role.unshift(w);
      else break;
    } else role.unshift(w);
  }
  while (role.length && /^(?:for|of)$/i.test(role[0] ?? '')) role.shift();
  return role;
}
