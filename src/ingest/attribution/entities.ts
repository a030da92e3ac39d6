/**
 * The people (and bodies) an article talks about: names merged into one entity per person
 * ("Macron", "Emmanuel Macron", "French President Emmanuel Macron"), with roles and gender evidence.
 */
import { foldText, isJsSpace } from '../text/ascii-words';
import { genderOfCue, genderOfGivenNames, type Gender } from './gender';
import { COMPANY_NAME_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, ROLE_WORDS, TITLE_ROLES } from './lexicon';
import { headNoun } from './unnamed-sources';
import { memoize } from './memo';
import type { NameMention } from './name-mentions';
import { insertSorted, lowerBound, RecencyIndex } from '../text/sorted-search';

export interface Entity {
  key: number;
  name: string;
  aliases: Set<string>;
  roles: string[];
  gender: Gender | null;
  kind: 'person' | 'organisation' | 'unnamed';
  handle: string | null;
  /** Global positions (see `globalPosition`) of mentions outside quotes, in order. */
  seen: number[];
  /** The aliases folded (lower case, no accents), kept beside them so that look-ups fold nothing. */
  folded: Set<string>;
  /** The folded words of `name`: given name first, surname last. (Shared with every entity of that name: read only.) */
  nameWords: readonly string[];
  /** A group that speaks as one ("officials", "residents"): "they" refers to it, not "he" or "she". */
  plural?: boolean;
  /** Where the text first names it, wherever that is (after a preposition too, unlike `seen`). */
  firstNamed?: number;
}

/**
 * The registry each entity belongs to: `addAlias` is a plain function (callers hold an entity, not
 * its registry), and the registry's indexes must hear of every alias. A symbol key keeps it out of
 * JSON and out of sight. (A WeakMap from entity to registry measured a few percent slower on short
 * articles: its entries outlive each article until a full collection.)
 */
const REGISTRY: unique symbol = Symbol('registry');
const registryOf = (e: Entity): EntityRegistry | undefined => (e as { [REGISTRY]?: EntityRegistry })[REGISTRY];

/** Adds a way of naming an entity. */
export function addAlias(e: Entity, alias: string): void {
  if (e.aliases.has(alias)) return;
  addNewAlias(e, alias, fold(alias));
}

/** `addAlias` of an alias the entity does not have yet, whose fold is known. */
function addNewAlias(e: Entity, alias: string, folded: string): void {
  e.aliases.add(alias);
  if (e.folded.has(folded)) return;
  e.folded.add(folded);
  registryOf(e)?.indexAlias(e, folded);
}

/** Gives an entity a fuller name ("Macron" → "Emmanuel Macron"). */
function rename(e: Entity, name: string): void {
  const registry = registryOf(e);
  registry?.unindexName(e);
  e.name = name;
  e.nameWords = readName(name).tokens;
  registry?.indexName(e);
  addAlias(e, name);
}

/**
 * How else a body's name is written: without its article ("The Electoral Commission" is also
 * "Electoral Commission"), and, for a name of two or more capitalised words, its initials ("Associated
 * Press" is "AP"; small words such as "of" do not count). `initialsOnly`: the name is itself a set of
 * initials ("The AP", "NWA"). Initials only ever join a name to a name written as initials, never two
 * full names whose initials agree ("The City Council", "The County Council"). Kept per name: every
 * body added and every body a name written as initials may be is read.
 */
const bodyNameForms = memoize(function bodyNameForms(name: string): {
  bare: string;
  initials: string | null;
  initialsOnly: boolean;
} {
  const bare = name.replace(/^the\s+/i, '');
  const words = bare.split(/\s+/).filter((w) => !/^(?:of|for|and|the|de|du|des|la|le|der|die|das)$/i.test(w));
  const initials = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : null;
  return { bare, initials, initialsOnly: isInitials(bare) };
});

/** A name written as initials: "AP", "NWA" (and, in a query, "the NWA"). */
const isInitials = (name: string) => /^(?:[Tt]he\s+)?[A-Z][A-Z&]{1,6}$/.test(name);

/** What findByName asks of a name that may be a body's, folded: see `EntityRegistry.findBody`. */
interface BodyQuery {
  /** The name without its article, when it had one. */
  bare: string | null;
  /** Its initials, when it is a full name of two or more capitalised words. */
  initials: string | null;
  /** Itself, when it is written as initials ("AP", "the NWA"). */
  initialsOnly: string | null;
}

/** The body forms of a name, or null for a name no body could have ("Anna Park": no article, no initials). */
function bodyQuery(name: string, words: readonly string[]): BodyQuery | null {
  // (Most names are people's: no article, no body's word, not in capitals. They skip the forms.)
  if (words[0] !== 'the' && !isInitials(name) && !words.some((t) => ORGANISATION_WORDS.has(t))) return null;
  const { bare, initials, initialsOnly } = bodyNameForms(name);
  const query: BodyQuery = {
    bare: words.length > 1 && words[0] === 'the' ? fold(bare) : null,
    initials: initials && words.some((t) => ORGANISATION_WORDS.has(t)) ? initials.toLowerCase() : null,
    initialsOnly: initialsOnly ? bare.toLowerCase() : null,
  };
  return query.bare || query.initials || query.initialsOnly ? query : null;
}

/** What the registry reads of a name: the same in every article, so kept per name (see `readName`). */
interface NameReading {
  /** The name folded: lower case, no accents. */
  folded: string;
  /** Its folded words, and those words joined by single spaces. */
  tokens: readonly string[];
  whole: string;
  bodyForms: BodyQuery | null;
  /** How many words it has as written (split at white space, as `tokens` are). */
  writtenWords: number;
  /** The gender its given names give (genderOfGivenNames), when it has two words or more. */
  givenNameGender: Gender | null;
}

/**
 * A name's reading, kept: the same few names are looked up again and again within an article, and
 * well-known names across articles; without it every look-up and every new entity folds and splits it again.
 */
const readName = memoize((name: string): NameReading => {
  const folded = fold(name);
  // (Not frozen, though shared: V8 reads a frozen array's elements several times slower, and the
  // registry reads these at every look-up; the type keeps them read only.)
  const tokens: readonly string[] = folded.split(/\s+/);
  // (Split once: every new name of every article is read here.)
  const written = name.split(/\s+/);
  return {
    folded,
    tokens,
    whole: tokens.join(' '),
    bodyForms: bodyQuery(name, tokens),
    writtenWords: written.length,
    givenNameGender: name.includes(' ') ? genderOfGivenNames(written) : null,
  };
});

/** Adds an entity to the list kept under `key`, the list staying in key order (the order a scan would meet them). */
function addToList<K>(map: Map<K, Entity[]>, key: K, e: Entity): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [e]);
    return;
  }
  let i = list.length;
  while (i > 0 && list[i - 1]!.key > e.key) i--;
  if (list[i - 1] === e) return;
  // (A new entity has the highest key: it goes last, without the array a splice makes.)
  if (i === list.length) list.push(e);
  else list.splice(i, 0, e);
}

function removeFromList<K>(map: Map<K, Entity[]>, key: K, e: Entity): void {
  const list = map.get(key);
  const i = list ? list.indexOf(e) : -1;
  if (i >= 0) list!.splice(i, 1);
}

/** One number per place in the article: block first, then offset. */
export const globalPosition = (block: number, offset: number) => block * 1e8 + offset;

// Folding is only needed for non-ASCII text; most names skip the Unicode normalisation.
const fold = foldText;

/** A role phrase as `readRolePhrase` reads it. */
export interface RolePhrase {
  readonly words: readonly string[];
  readonly head: string;
  readonly modifiers: readonly string[];
}

/**
 * What a role phrase ("the French president", "its spokesperson") asks for: its folded content
 * words, the role word at its head, and the capitalised modifiers a matching role must hold; null
 * when no role word stands in it. Kept per phrase: an entity's roles are read again at every
 * "the president" that may mean it.
 */
export const readRolePhrase = memoize(function readRolePhrase(phrase: string): RolePhrase | null {
  const words = fold(phrase)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((w) => w && !['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'].includes(w));
  // Only a role word can stand for a person: "the Budget Office" is not "the spokesperson for the Office".
  const head = [...words].reverse().find((w) => ROLE_WORDS.has(w));
  if (!head) return null;
  // "the Dutch premier" is not "the Polish premier": a capitalised modifier must be in the role.
  const modifiers = fold(
    phrase
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .join(' '),
  )
    .split(/\s+/)
    .filter(Boolean);
  return { words, head, modifiers };
});

// Every look-up below goes through an index, never over all entities: a long article (a live blog,
// a transcript) names thousands of people, and a scan per mention made its cost grow with the square
// of its length. Each index gives exactly the answer the scan it replaced gave: lists are kept in key
// order, so ties go to the same entity as before.
export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** The entities of each kind, in key order (an entity's kind never changes). */
  private readonly byKind: Record<Entity['kind'], Entity[]> = { person: [], organisation: [], unnamed: [] };
  /** Who "I" is outside quotation marks: the byline's author, when the article has one. */
  narrator: string | null = null;
  /** Bodies by the initials of their full names, for names written as initials ("AP"). */
  private readonly byInitials = new Map<string, Entity[]>();
  /** Entities by folded alias. */
  private readonly byAlias = new Map<string, Entity[]>();
  /** Entities by the last word of their folded name (the surname), and by the first (the given name). */
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byGivenName = new Map<string, Entity[]>();
  /** Roles by each of their folded words, in the order they were given: an entity and the role's index in its `roles`. */
  private readonly rolesByWord = new Map<string, { entity: Entity; role: number }[]>();
  /** Every sighting (`see`, and the mentions `buildRegistry` counts), and every sighting as a subject, for pronouns. */
  private readonly sightings = new RecencyIndex<Entity>();
  private readonly subjectSightings = new RecencyIndex<Entity>();

  /**
   * The entities whose surname (of three letters or more) stands anywhere in a folded handle, or is
   * one of these folded words, in key order (for tweet authors). The handle is read once, through the
   * surnames by their first three letters: no string for every piece of it.
   */
  personsBySurnameIn(handle: string, words: string[]): Entity[] {
    // A short article names a few people: each surname is looked for in the handle, which costs
    // less than making the index for one tweet.
    // (The words are compared with each surname there too: no hash of a new string for each word.
    // Each entity is listed under one surname, read once: none is found twice, and no set is needed.)
    if (!this.surnamesByPrefix && this.bySurname.size <= FEW_SURNAMES) {
      const found: Entity[] = [];
      for (const surname of this.bySurname.keys())
        if ((surname.length >= SURNAME_PREFIX && handle.includes(surname)) || words.includes(surname))
          for (const e of this.bySurname.get(surname)!) found.push(e);
      return found.sort((a, b) => a.key - b.key);
    }
    const found = new Set<Entity>();
    const byPrefix = (this.surnamesByPrefix ??= this.indexSurnamePrefixes());
    for (let start = 0; start + SURNAME_PREFIX <= handle.length; start++) {
      const surnames = byPrefix.get(handle.slice(start, start + SURNAME_PREFIX));
      if (!surnames) continue;
      for (const surname of surnames)
        if (handle.startsWith(surname, start)) for (const e of this.bySurname.get(surname) ?? []) found.add(e);
    }
    for (const w of words) for (const e of this.bySurname.get(w) ?? []) found.add(e);
    return [...found].sort((a, b) => a.key - b.key);
  }

  /** Every surname `bySurname` has held, of three letters or more, by its first three: made when first asked. */
  private surnamesByPrefix: Map<string, string[]> | null = null;

  private indexSurnamePrefixes(): Map<string, string[]> {
    this.surnamesByPrefix = new Map();
    for (const surname of this.bySurname.keys()) this.indexSurnamePrefix(surname);
    return this.surnamesByPrefix;
  }

  private indexSurnamePrefix(surname: string): void {
    if (!this.surnamesByPrefix || surname.length < SURNAME_PREFIX) return;
    const prefix = surname.slice(0, SURNAME_PREFIX);
    const list = this.surnamesByPrefix.get(prefix);
    if (!list) this.surnamesByPrefix.set(prefix, [surname]);
    else if (!list.includes(surname)) list.push(surname);
  }

  /** @internal Called by `addAlias`. */
  indexAlias(e: Entity, folded: string): void {
    addToList(this.byAlias, folded, e);
  }

  /** @internal Called around a rename: the name's words move the entity between lists. */
  indexName(e: Entity): void {
    const surname = e.nameWords[e.nameWords.length - 1] ?? '';
    addToList(this.bySurname, surname, e);
    this.indexSurnamePrefix(surname);
    addToList(this.byGivenName, e.nameWords[0] ?? '', e);
  }

  /** @internal */
  unindexName(e: Entity): void {
    removeFromList(this.bySurname, e.nameWords[e.nameWords.length - 1] ?? '', e);
    removeFromList(this.byGivenName, e.nameWords[0] ?? '', e);
  }

  /**
   * The entities of one kind, in key order, as `entities` holds them: the searches for a body or an
   * unnamed source read these, not every person a long article names.
   */
  entitiesOfKind(kind: Entity['kind']): readonly Entity[] {
    return this.byKind[kind];
  }

  /** The entity a name refers to: full name, then surname (the latest seen before `before`), then given name. */
  findByName(name: string, before = Infinity): Entity | null {
    return this.findByReading(readName(name), before);
  }

  /** @internal `findByName` for a name already read (`buildRegistry` reads each mention's name once). */
  findByReading({ tokens, whole, bodyForms }: NameReading, before = Infinity): Entity | null {
    const last = tokens[tokens.length - 1] ?? '';
    const exact = this.byAlias.get(whole)?.[0];
    if (exact) return exact;
    if (bodyForms) {
      const body = this.findBody(bodyForms);
      if (body) return body;
    }
    // The person of that surname (and a fitting given name) seen last before the position; the first
    // in key order on a tie. One pass, no list: a long article has many people of one surname.
    let best: Entity | null = null;
    let bestSeen = -1;
    let several = false;
    for (const e of this.bySurname.get(last) ?? []) {
      if (e.kind !== 'person' || !sameGivenName(e, tokens)) continue;
      if (best === null) {
        best = e;
        continue;
      }
      if (!several) {
        several = true;
        bestSeen = lastSeenBefore(best, before);
      }
      const seen = lastSeenBefore(e, before);
      if (seen > bestSeen) {
        best = e;
        bestSeen = seen;
      }
    }
    if (best) return best;
    if (tokens.length === 1)
      return this.byGivenName.get(last)?.find((e) => e.kind === 'person' && e.nameWords.length > 1) ?? null;
    return null;
  }

  /**
   * "Brightwave said" after "Brightwave Networks": a company by the word its name opens with. Asked
   * of a speaker's name only, not of every mention: "Boston" in a story about Boston Capital is
   * mostly the city.
   */
  findCompanyByFirstWord(word: string): Entity | null {
    return this.byGivenName.get(fold(word))?.find(isCompanyShortName) ?? null;
  }

  add(name: string, kind: Entity['kind'], reading = readName(name)): Entity {
    const { folded, tokens, givenNameGender } = reading;
    const entity: Entity & { [REGISTRY]: EntityRegistry } = {
      key: this.entities.length,
      name,
      aliases: new Set([name]),
      roles: [],
      gender: kind === 'person' ? givenNameGender : null,
      kind,
      handle: null,
      seen: [],
      folded: new Set([folded]),
      nameWords: tokens,
      // (Present from the start, though unset: every entity keeps one shape when they are set later,
      // and the code that reads entities all over the pipeline meets one shape, not three.)
      plural: undefined,
      firstNamed: undefined,
      [REGISTRY]: this,
    };
    this.entities.push(entity);
    this.byKind[kind].push(entity);
    this.indexAlias(entity, folded);
    this.indexName(entity);
    if (kind === 'organisation') {
      const { bare, initials } = bodyNameForms(name);
      if (bare !== name) this.indexAlias(entity, fold(bare));
      if (initials) addToList(this.byInitials, initials.toLowerCase(), entity);
    }
    return entity;
  }

  /**
   * A body by another written form of its name: without the article ("The AP" for "AP"), a name
   * written as initials for the body whose full name has them ("AP": "Associated Press"), or a full
   * name for the body the text named by its initials ("the Associated Press": "AP").
   */
  private findBody({ bare, initials, initialsOnly }: BodyQuery): Entity | null {
    const named = bare === null ? undefined : this.byAlias.get(bare)?.find(isBody);
    if (named) return named;
    if (initialsOnly) return this.byInitials.get(initialsOnly)?.find(isBody) ?? null;
    if (initials)
      return this.byAlias.get(initials)?.find((e) => isBody(e) && bodyNameForms(e.name).initialsOnly) ?? null;
    return null;
  }

  /**
   * The roles in lower case of each entity with many, to refuse a role it has in any case in one
   * look-up. (Made when first needed: most articles have none.)
   */
  private roleKeys: Map<Entity, Set<string>> | null = null;

  addRole(entity: Entity, role: string) {
    const r = withoutArticle(role);
    if (!r) return;
    const { key, words, gender } = readRole(r);
    const keys = this.roleKeysOf(entity);
    if (keys ? keys.has(key) : holdsRoleKey(entity, key)) return;
    keys?.add(key);
    entity.roles.push(r);
    for (const w of words) {
      let list = this.rolesByWord.get(w);
      if (!list) this.rolesByWord.set(w, (list = []));
      list.push({ entity, role: entity.roles.length - 1 });
    }
    if (entity.gender == null) entity.gender = gender;
  }

  /**
   * The set of an entity's role keys, or null while it has few roles: most people have one or two,
   * compared in turn (no set and no map entry for each), while a long list is not read at every role.
   */
  private roleKeysOf(entity: Entity): Set<string> | null {
    if (entity.roles.length < ROLES_READ_IN_TURN) return null;
    const roleKeys = (this.roleKeys ??= new Map());
    let keys = roleKeys.get(entity);
    // (Roles are only added here; the set is filled from the list the first time, in case a caller
    // gave the entity roles another way.)
    if (!keys || keys.size !== entity.roles.length)
      roleKeys.set(entity, (keys = new Set(entity.roles.map((x) => readRole(x).key))));
    return keys;
  }

  see(entity: Entity, position: number) {
    insertSorted(entity.seen, position);
    this.sightings.add(entity, position);
  }

  /**
   * @internal For `buildRegistry`, which fills `seen` directly: every entity's sightings at once.
   * It passes them in reading order when they came so (the usual case), to be taken as they are.
   */
  indexSightings(inOrder?: { positions: number[]; entities: Entity[] }): void {
    if (inOrder) this.sightings.resetSorted(inOrder.positions, inOrder.entities);
    else this.sightings.reset(this.entities.flatMap((item) => item.seen.map((position) => ({ item, position }))));
  }

  /** The entity a role phrase stands for ("the minister", "the French president"): best role match, most recent. */
  findByRole(phrase: string, before: number): Entity | null {
    const read = readRolePhrase(phrase);
    if (!read) return null;
    const { words, head, modifiers } = read;
    // Only roles that hold the head word can match (an index, not every entity's roles); among equal
    // scores the first entity, then its first role, wins, as when every entity was read in key order.
    let best: Entity | null = null;
    let bestRole = 0;
    let bestScore = 0;
    for (const { entity: e, role } of this.rolesByWord.get(head) ?? []) {
      // Someone the reader has not met yet cannot be "the coach" of this sentence; met counts any
      // naming, even one that is no sighting ("a plan by Lakeside Mayor Dev Marlow").
      const seen = lastSeenBefore(e, before);
      if (seen < 0 && (e.firstNamed ?? Infinity) >= before) continue;
      const roleWords = readRole(e.roles[role]!).words;
      if (modifiers.some((m) => !roleWords.includes(m))) continue;
      const overlap = words.filter((w) => roleWords.includes(w)).length;
      const score = overlap * 1e12 + seen;
      if (score > bestScore || (score === bestScore && best && (e.key < best.key || (e === best && role < bestRole)))) {
        bestScore = score;
        best = e;
        bestRole = role;
      }
    }
    return best;
  }

  /** Sorted global positions where sentences start (set by the salience pass), to weigh subjects. */
  sentenceStarts: number[] = [];
  /** Records that an entity is what a sentence is about: its subject, or the speaker of a quote. */
  seeAsSubject(entity: Entity, position: number) {
    this.subjectSightings.add(entity, position);
    this.see(entity, position);
  }

  /** The subject of the sentence before the one that holds a position, or null. */
  subjectOfPreviousSentence(at: number): Entity | null {
    const starts = this.sentenceStarts;
    const current = lowerBound(starts, at + 1) - 1;
    if (current < 1) return null;
    return this.subjectBetween(starts[current - 1]!, starts[current]!);
  }

  /** The one person seen between two positions, or null when nobody or more than one was. */
  onlyPersonSeenBetween(from: number, to: number): Entity | null {
    const last = this.sightings.latest(to, IS_PERSON);
    if (!last || last.at < from) return null;
    const other = this.sightings.latest(to, (e) => e.kind === 'person' && e !== last.item);
    return other && other.at >= from ? null : last.item;
  }

  /** The entity that was the latest subject between two positions, or null. */
  subjectBetween(from: number, to: number): Entity | null {
    // The latest subject sighting before `to`, from the recency index: no walk over every entity.
    const latest = this.subjectSightings.latest(to, ANY);
    return latest && latest.at >= from ? latest.item : null;
  }

  /**
   * The person a pronoun most likely means. Recency first: the latest fitting entity seen before.
   * But a sentence is about its subject: when the latest one was only named inside a sentence whose
   * subject also fits ("Rahman, who taught Sokolova, was more cautious. She said …"), the subject wins.
   */
  findByPronoun(gender: Gender | 'plural' | 'neuter' | 'any', before: number): Entity | null {
    // Both walk back from \`before\` through the sightings instead of asking every entity.
    const fits = FITS[gender];
    const latest = this.sightings.latest(before, fits);
    const best = latest?.item ?? null;
    const bestAt = latest?.at ?? -1;
    const latestSubject = this.subjectSightings.latest(before, fits);
    const subject = latestSubject?.item ?? null;
    const subjectAt = latestSubject?.at ?? -1;
    if (subject && subject !== best && subjectAt >= 0) {
      const starts = this.sentenceStarts;
      const sentenceOfBest = starts[lowerBound(starts, bestAt + 1) - 1] ?? -1;
      if (subjectAt >= sentenceOfBest) return subject;
    }
    return best;
  }
}

/** The gender the first gendered word gives ("spokeswoman", "Ms"), or null. */
function firstGenderCue(words: readonly string[]): Gender | null {
  for (const w of words) {
    const gender = genderOfCue(w);
    if (gender) return gender;
  }
  return null;
}

/** What the registry reads of a role ("Police Chief", "spokeswoman"): see `readRole`. */
interface RoleReading {
  /** The role in lower case: an entity holds a role once, in whatever case it was written. */
  key: string;
  /** Its distinct folded words, in order. */
  words: readonly string[];
  /** The gender its first gendered word gives ("spokeswoman", "Mr"), or null. */
  gender: Gender | null;
}

/** A role's reading, kept per role: the same roles are added and compared again and again, in one article and across them. */
const readRole = memoize((role: string): RoleReading => ({
  key: role.toLowerCase(),
  // (Not frozen: see readName's tokens.)
  words: [...new Set(fold(role).split(/[^a-z0-9-]+/))],
  gender: firstGenderCue(role.split(/\s+/)),
}));

/** Up to this many roles, an entity's roles are compared with a new one in turn. */
const ROLES_READ_IN_TURN = 8;

/** Whether one of an entity's roles has this lower-case key. */
function holdsRoleKey(entity: Entity, key: string): boolean {
  for (const role of entity.roles) if (readRole(role).key === key) return true;
  return false;
}

/** A role in lower case, as the registry keys it ("Police Chief" → "police chief"), kept per role. */
export const roleKey = (role: string): string => readRole(role).key;

const ANY = () => true;
// One test per kind of pronoun, made once (a closure per call cost more than the look-up it served).
const FITS: Record<Gender | 'plural' | 'neuter' | 'any', (e: Entity) => boolean> = {
  male: (e) => pronounFits(e, 'male'),
  female: (e) => pronounFits(e, 'female'),
  plural: (e) => pronounFits(e, 'plural'),
  neuter: (e) => pronounFits(e, 'neuter'),
  any: (e) => pronounFits(e, 'any'),
};
const IS_PERSON = (e: Entity) => e.kind === 'person';

/** Whether an entity's name ends in these folded words, a possessive aside ("sheriff" ends
 * "Brant County Sheriff's Office" at "sheriff office"; "state police" ends "Arkansas State Police"). */
export function nameEndsWith(e: Entity, words: readonly string[]): boolean {
  const name = e.nameWords;
  const from = name.length - words.length;
  return from >= 0 && words.every((w, i) => name[from + i]!.replace(/['’]s?$/, '') === w);
}

/** Whether a role phrase can describe an entity: it has no role yet, or one with the same head ("the premier" and
 * "Italian premier"); "the official" describes a spokesperson too. */
export function roleFits(e: Entity, role: string): boolean {
  const head = headNoun(role);
  if (e.roles.length === 0) return true;
  // "the Lakeside mayor" is not the Harbour Mayor: a capitalised modifier must be in the role held.
  const modifiers = readRolePhrase(role)?.modifiers ?? [];
  return e.roles.some((r) => {
    const own = headNoun(r);
    if (own === head) return modifiers.every((m) => readRole(r).words.includes(m));
    return head === 'official' && SPEAKING_OFFICES.has(own);
  });
}

// Offices whose holder the text may go on to call "the official": those who speak for a body.
const SPEAKING_OFFICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative']);

/** Whether a pronoun can stand for an entity: "they" for bodies and groups, "he"/"she" for one person. */
export function pronounFits(e: Entity, gender: Gender | 'plural' | 'neuter' | 'any'): boolean {
  if (gender === 'neuter') return e.kind === 'organisation';
  if (gender === 'any') return e.kind === 'person';
  if (gender === 'plural') return e.kind === 'organisation' || (e.kind === 'unnamed' && e.plural === true);
  if (e.kind === 'unnamed') return !e.plural && (e.gender === null || e.gender === gender);
  return e.kind === 'person' && (e.gender === null || e.gender === gender);
}

const SURNAME_PARTICLES = new Set(NAME_PARTICLES);

/** Up to this many surnames, a handle is searched for each of them rather than through an index. */
const FEW_SURNAMES = 32;

/** A surname in a handle is found by its first this many letters (shorter ones are never looked for). */
const SURNAME_PREFIX = 3;

/** "Harold Mensah" and "Priya Mensah" are two people; "H. Mensah" or "Mensah" may be either. */
function sameGivenName(e: Entity, tokens: readonly string[]): boolean {
  const given = e.nameWords[0] ?? '';
  const mine = tokens[0] ?? '';
  // "de Wolff", "van der Berg": a surname with its particle names no given name.
  if (SURNAME_PARTICLES.has(mine)) return true;
  return (
    tokens.length === 1 ||
    e.nameWords.length === 1 ||
    given.startsWith(mine.replace(/\.$/, '')) ||
    mine.startsWith(given) ||
    // "Parvez Elahi" after "Chaudhary Parvez Elahi": a name that an honorific or a first given name
    // opened is named again from a later given name.
    (tokens.length === 2 && e.nameWords.length > 2 && e.nameWords.indexOf(mine, 1) === e.nameWords.length - 2)
  );
}

// (At module level: under tsx, a named closure made at each call is renamed at each call.)
const isBody = (e: Entity) => e.kind === 'organisation';

/** A body whose name is one word and then words of its trade ("Brightwave Networks", "Acme Holdings Inc"). */
const isCompanyShortName = (e: Entity): boolean =>
  e.kind === 'organisation' &&
  e.nameWords.length > 1 &&
  e.nameWords.slice(1).every((w) => COMPANY_NAME_WORDS.has(w.replace(/\.$/, '')));

/** The latest position (sorted `seen`) before a point, or -1. */
function lastSeenBefore(e: Entity, before: number): number {
  return e.seen[lowerBound(e.seen, before) - 1] ?? -1;
}

/**
 * The entity a mention of a person or a body names, joined or made, when the registry is built
 * (longest names first), or null when it names none yet.
 */
function registerMention(registry: EntityRegistry, m: NameMention, reading: NameReading): Entity | null {
  if (m.kind === 'organisation') {
    // A body named once by its noun ("the shipping company Nordlys") counts even as one word.
    if (m.afterArticle) return null;
  } else if (m.tokens.length === 1 && !m.title) {
    return registry.findByReading(reading, globalPosition(m.block, m.start));
  } else if (m.afterArticle && !m.title) return null;
  // ("Brightwave shares rose" after "Brightwave Networks": a company by its first word, when the text
  // itself marks the word as a body; a bare "Boston" is not looked up so.)
  const found =
    registry.findByReading(reading) ??
    (m.kind === 'organisation' && m.tokens.length === 1 ? registry.findCompanyByFirstWord(m.name) : null);
  if (!found) return registry.add(m.name, m.kind === 'organisation' ? 'organisation' : 'person', reading);
  // (A mention of the entity's own name, the usual case, has as many words and renames nothing.)
  if (found.name !== m.name && m.tokens.length > readName(found.name).writtenWords) rename(found, m.name);
  return found;
}

/**
 * A role trimmed and without its article ("the mayor" → "mayor"). The pattern runs only when the
 * role may need it, opening with white space or an article's first letter, or ending with white
 * space: most roles ("coach", "president of the association") are taken as they are.
 */
function withoutArticle(role: string): string {
  const first = role.charCodeAt(0);
  const mayOpenArticle = first === 116 || first === 84 || first === 97 || first === 65; // t T a A
  if (!mayOpenArticle && !isJsSpace(first) && !isJsSpace(role.charCodeAt(role.length - 1))) return role;
  return role.trim().replace(/^(?:the|a|an)\s+/i, '');
}

/** What a title before a name says ("French President", "Insp.", "Ms"): see `readTitle`. */
interface TitleReading {
  /** The gender its first gendered word gives ("Ms", "Sir"), or null. */
  gender: Gender | null;
  /** Whether a role word other than a courtesy title stands in it: the title is then a role. */
  isRole: boolean;
  /** The roles its words stand for: "Insp. Dana Cole" is "the inspector" later on; "Mr Justice Hale" is "the judge". */
  roles: readonly string[];
}

/** A title's reading, kept per title: an article names most people with the same title every time. */
const readTitle = memoize((title: string): TitleReading => {
  const words = title.split(/\s+/);
  const roles: string[] = [];
  for (const w of words) {
    const role = TITLE_ROLES.get(w.toLowerCase().replace(/\.$/, ''));
    if (role && role !== 'doctor') roles.push(role);
  }
  return {
    gender: firstGenderCue(words),
    isRole: words.some((w) => ROLE_WORDS.has(w.toLowerCase()) && !/^(?:mr|mrs|ms|dr|prof|sir)$/i.test(w)),
    roles,
  };
});

/** Builds the registry from every name mention: full names first, then short forms join them. */
export function buildRegistry(mentions: NameMention[], insideQuote: (m: NameMention) => boolean): EntityRegistry {
  const registry = new EntityRegistry();
  // Longest names first, in text order among names of as many words (the order a stable sort by
  // length gives): a pass per length, no sorted copy, since names are a few words long.
  let fewest = Infinity;
  let most = 0;
  for (const m of mentions) {
    fewest = Math.min(fewest, m.tokens.length);
    most = Math.max(most, m.tokens.length);
  }
  // The entity of each mention, by its index, and its name's reading (read once here: for the
  // look-up, the new entity, the rename, and the alias's fold).
  const entityOf: (Entity | null)[] = new Array(mentions.length);
  const readings: NameReading[] = new Array(mentions.length);
  for (let words = most; words >= fewest; words--)
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.tokens.length !== words) continue;
      if (m.kind === 'unknown') entityOf[i] = null;
      else entityOf[i] = registerMention(registry, m, (readings[i] = readName(m.name)));
    }
  const positions: number[] = [];
  const seenEntities: Entity[] = [];
  let inOrder = true;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const e = entityOf[i];
    if (!e) continue;
    if (!e.aliases.has(m.name)) addNewAlias(e, m.name, readings[i]!.folded);
    e.firstNamed = Math.min(e.firstNamed ?? Infinity, globalPosition(m.block, m.start));
    if (m.title) {
      addAlias(e, `${m.title} ${m.name}`);
      const title = readTitle(m.title);
      e.gender ??= title.gender;
      if (title.isRole) registry.addRole(e, m.title);
      for (const role of title.roles) registry.addRole(e, role);
    }
    if (!insideQuote(m) && !m.afterPreposition) {
      const at = globalPosition(m.block, m.start);
      e.seen.push(at);
      if (positions.length > 0 && positions[positions.length - 1]! >= at) inOrder = false;
      positions.push(at);
      seenEntities.push(e);
    }
  }
  // Mentions come in reading order, one per place: then every entity's sightings are already
  // sorted, and so are all of them together (no sort, no object per sighting). Otherwise, as before.
  if (!inOrder) for (const e of registry.entities) e.seen.sort((a, b) => a - b);
  registry.indexSightings(inOrder ? { positions, entities: seenEntities } : undefined);
  return registry;
}
