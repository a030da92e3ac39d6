/**
 * "the French president" is another name for the person whose role it is, where the text uses it:
 * each role of a speaker is looked for after "the", in any case, and the first place it stands in
 * the article gives the alias as written there.
 */
import { isAscii, isJsSpace } from '../text/ascii-words';
import { lowerBoundBy } from '../text/sorted-search';
import { addAlias, roleKey, type Entity } from './entities';
import type { TextBlock } from './find-quoted-spans';

/** A role to look for after "the ": the role, and the role in lower case (the registry's key for it). */
interface RoleSearch {
  e: Entity;
  role: string;
  key: string;
}

/** A role to look for in lower-cased text: "the " and the role in lower case. */
interface PhraseSearch {
  e: Entity;
  role: string;
  phrase: string;
}

export function addRoleAliases(entities: Iterable<Entity>, paragraphs: TextBlock[]): void {
  const searches: RoleSearch[] = [];
  for (const e of entities) {
    for (const role of e.roles) {
      if (spaceRuns(role) > 3) continue;
      // (The role's lower case as the registry keeps it: no lower-cased copy and "the " joined to it per article.)
      searches.push({ e, role, key: roleKey(role) });
    }
  }
  if (!searches.length) return;
  // The paragraphs are read once, as written, for every role at each "the ": lower-casing them
  // (most of the article, as nearly half the roles stand nowhere) cost more than the searches.
  const aliases = allAscii(searches) ? aliasesAfterThe(paragraphs, searches) : null;
  if (!aliases) {
    searchLowerCase(
      searches.map(({ e, role, key }) => ({ e, role, phrase: `the ${key}` })),
      entities,
      paragraphs,
    );
    return;
  }
  for (let i = 0; i < searches.length; i++) if (aliases[i] !== undefined) addAlias(searches[i]!.e, aliases[i]!);
}

/** How many runs of spaces a text holds: one less than its words (`text.split(/\s+/).length - 1`), counted without the array. */
function spaceRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++)
    if (isJsSpace(text.charCodeAt(i)) && (i === 0 || !isJsSpace(text.charCodeAt(i - 1)))) runs++;
  return runs;
}

/** Whether every role is ASCII (and so holds no line break, which would join two paragraphs). */
function allAscii(searches: RoleSearch[]): boolean {
  for (const { key } of searches) if (!isAscii(key) || key.includes('\n')) return false;
  return true;
}

// "the " in any case, or a character from which the text's lower case is out of step with it: "İ",
// whose lower case is two characters, and the Kelvin sign, the one character beyond ASCII whose
// lower case is an ASCII letter ("k").
const THE_OR_OUT_OF_STEP = /[Tt][Hh][Ee] |[\u0130\u212a]/g;

/**
 * Each role's phrase ("the " and the role, lower-case ASCII) as written where it first stands in the
 * paragraphs in any case (undefined where it does not): the first place a search of the lower-cased
 * paragraphs finds. Null when a character that lower-cases out of step with the text comes first:
 * there the lower case itself is searched, as it always was.
 */
function aliasesAfterThe(paragraphs: TextBlock[], searches: RoleSearch[]): (string | undefined)[] | null {
  const aliases = new Array<string | undefined>(searches.length);
  // The roles by their first three letters, so each "the " reads only the roles that could stand
  // after it: reading every role at every "the " grew with the square of a long article's people.
  const byPrefix = new Map<number, number[]>();
  const short: number[] = [];
  for (let i = 0; i < searches.length; i++) {
    const { key } = searches[i]!;
    if (key.length < 3) short.push(i);
    else {
      const prefix = prefixCode(key, 0);
      const list = byPrefix.get(prefix);
      if (list) list.push(i);
      else byPrefix.set(prefix, [i]);
    }
  }
  let left = searches.length;
  for (let p = 0; p < paragraphs.length && left > 0; p++) {
    const text = paragraphs[p]!.text;
    THE_OR_OUT_OF_STEP.lastIndex = 0;
    while (left > 0 && THE_OR_OUT_OF_STEP.test(text)) {
      const end = THE_OR_OUT_OF_STEP.lastIndex;
      if (text.charCodeAt(end - 1) !== 32) return null;
      if (short.length) left -= aliasesAt(text, end, short, searches, aliases);
      const list = end + 3 <= text.length ? byPrefix.get(prefixCode(text, end)) : undefined;
      if (list) left -= aliasesAt(text, end, list, searches, aliases);
    }
  }
  return aliases;
}

/** The roles of `candidates` that stand at `at` and had no alias yet get the one written there; how many did. */
function aliasesAt(
  text: string,
  at: number,
  candidates: number[],
  searches: RoleSearch[],
  aliases: (string | undefined)[],
): number {
  let added = 0;
  for (const i of candidates) {
    const { role, key } = searches[i]!;
    if (aliases[i] === undefined && standsAt(text, at, key)) {
      aliases[i] = `the ${text.slice(at, at + role.length)}`;
      added++;
    }
  }
  return added;
}

/**
 * The three characters at `at` as one number, ASCII capitals lower-cased as `standsAt` reads them
 * (characters beyond ASCII may share a number with others; `standsAt` then tells them apart).
 */
function prefixCode(text: string, at: number): number {
  let code = 0;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k);
    code = code * 128 + ((c >= 65 && c <= 90 ? c + 32 : c) & 127);
  }
  return code;
}

/** Whether `text` at `at` reads `word` (lower-case ASCII) in any case. */
function standsAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const p = word.charCodeAt(k);
    if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false;
  }
  return true;
}

/** Up to this many roles, each is searched for in the text; beyond, the places of "the " are indexed. */
const DIRECT_ROLE_SEARCHES = 12;

/** The search of the lower-cased text, for phrases beyond ASCII and text that lower-cases out of step. */
function searchLowerCase(searches: PhraseSearch[], entities: Iterable<Entity>, paragraphs: TextBlock[]): void {
  let roleCount = 0;
  for (const e of entities) roleCount += e.roles.length;
  // A few roles search the paragraphs directly: the index would cost more than they do.
  if (roleCount <= DIRECT_ROLE_SEARCHES && searchParagraphs(searches, paragraphs)) return;
  const text = paragraphs.map((p) => p.text).join('\n');
  const lower = text.toLowerCase();
  // Every place "the " stands, sorted by the text that follows it: the places where a phrase stands
  // are then one run found by binary search, and the first is the least position in that run. A
  // list per three letters (as before) made each "the mayor of …" read every "the mayor", which grew
  // with the square of a long article's people; each phrase is also looked up once.
  // The three letters after "the " in each phrase the index serves: a place followed by none of
  // them holds no phrase, and is left out of the sort.
  const direct = roleCount <= DIRECT_ROLE_SEARCHES;
  const places: { at: number; key: string }[] = [];
  if (!direct) {
    let width = 0;
    const prefixes = new Set<string>();
    for (const e of entities) for (const role of e.roles) width = Math.max(width, 4 + role.length);
    for (const { phrase } of searches) if (phrase.length >= 7) prefixes.add(phrase.slice(4, 7));
    for (let at = lower.indexOf('the '); at >= 0; at = lower.indexOf('the ', at + 1))
      if (prefixes.has(lower.slice(at + 4, at + 7))) places.push({ at, key: lower.slice(at, at + width) });
    places.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
  }
  const found = new Map<string, number>();
  for (const { e, role, phrase } of searches) {
    const at = direct || phrase.length < 7 ? lower.indexOf(phrase) : firstPlace(phrase, places, found);
    if (at >= 0) addAlias(e, `the ${text.slice(at + 4, at + 4 + role.length)}`);
  }
}

/**
 * The direct search, paragraph by paragraph, each lower-cased only once a phrase is looked for past
 * the paragraphs before it: most roles stand in the first paragraphs, and the article is not
 * lower-cased whole. The same first place as a search of the joined, lower-cased text
 * (no phrase holds the line break that joins them), so false, with nothing added, where that would
 * not hold: a phrase with a line break, or a role or paragraph whose lower case is longer (offsets
 * in the lower case then differ from the text's).
 */
function searchParagraphs(searches: PhraseSearch[], paragraphs: TextBlock[]): boolean {
  const lowered: string[] = [];
  const hits: { e: Entity; alias: string }[] = [];
  for (const { e, role, phrase } of searches) {
    if (phrase.includes('\n') || phrase.length !== 4 + role.length) return false;
    for (let i = 0; i < paragraphs.length; i++) {
      const text = paragraphs[i]!.text;
      let lower = lowered[i];
      if (lower === undefined) {
        lowered.push((lower = text.toLowerCase()));
        if (lower.length !== text.length) return false;
      }
      const at = lower.indexOf(phrase);
      if (at < 0) continue;
      hits.push({ e, alias: `the ${text.slice(at + 4, at + 4 + role.length)}` });
      break;
    }
  }
  for (const { e, alias } of hits) addAlias(e, alias);
  return true;
}

const keyOf = (place: { key: string }) => place.key;

/** The least position where a phrase stands, from the sorted places of "the " (each phrase looked up once). */
function firstPlace(phrase: string, places: { at: number; key: string }[], found: Map<string, number>): number {
  let at = found.get(phrase);
  if (at !== undefined) return at;
  at = -1;
  for (let i = lowerBoundBy(places, phrase, keyOf); i < places.length && places[i]!.key.startsWith(phrase); i++)
    if (at < 0 || places[i]!.at < at) at = places[i]!.at;
  found.set(phrase, at);
  return at;
}
