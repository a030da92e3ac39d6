/**
 * Turns a speaker phrase ("the mayor, Odile Brun", "he", "Putin, who …", "police", "a clerk at the
 * store") into an entity. A sieve, from the most precise reading to the least; the first that
 * answers wins:
 *   1. a pronoun (the fitting entity the text is about), or "I" in a column (the byline's author);
 *   2. a document ("the council's evaluation" → its issuer; no issuer named → whom the text was about);
 *   3. an acronym ("NBC") or a role with its possessor ("Spain's finance minister");
 *   4. a group by its noun ("Officials", "some members of the board");
 *   5. a name the article already uses;
 *   6. a body speaking through someone ("a spokeswoman for Nordlys", "a Nordlys spokesperson");
 *   7. a person's full name anywhere in the phrase ("the study's author, biologist Dr Ana Roy");
 *   8. a new name in the first chunk (one word only when it is a given name or has an age);
 *   9. an indefinite description: someone new ("a government minister");
 *  10. a role someone already met has ("the inspector"), else the subject of the sentence before, else
 *      the person the text is about when that person has no role yet;
 *  11. a proper name with its article ("the White House"), a body by its noun ("the club");
 *  12. an unnamed source known by its description ("the duty forecaster").
 */
import {
  addAlias,
  globalPosition,
  nameEndsWith,
  readRolePhrase,
  roleFits,
  type Entity,
  type EntityRegistry,
} from './entities';
import {
  DEFINED_INITIALS,
  ORGANISATION_WORDS,
  PARTY_TAG,
  PARTY_TAG_AT_END,
  ROLE_WORDS,
  SPEECH_VERB_SET,
  TITLE_WORDS,
} from './lexicon';
import { isGivenName } from './gender';
import { findNameMentions, type NameMention } from './name-mentions';
import { memoize } from './memo';
import { lowerBound } from '../text/sorted-search';
import { foldText as fold } from '../text/ascii-words';
import { headNoun, readUnnamedSource } from './unnamed-sources';
import { TIME_AT_END } from './subject-before';

/**
 * The pronoun a phrase is ("he", "She"), or undefined. Compared, not looked up in a map: a map
 * hashes each new phrase first, and most phrases are names.
 */
function pronounOf(phrase: string): 'female' | 'male' | 'plural' | 'neuter' | undefined {
  if (phrase.length > 4) return undefined;
  if (isInAnyCase(phrase, 'he')) return 'male';
  if (isInAnyCase(phrase, 'she')) return 'female';
  if (isInAnyCase(phrase, 'they')) return 'plural';
  return isInAnyCase(phrase, 'it') ? 'neuter' : undefined;
}

/**
 * `text.toLowerCase() === word` for a word of ASCII letters in lower case, by code, without the
 * lower-case copy: only the letter itself and its capital give it with the 0x20 bit set. (No letter
 * beyond ASCII lower-cases to one of these: the Kelvin sign's "k" is in no pronoun, and "İ" becomes two.)
 */
function isInAnyCase(text: string, word: string): boolean {
  if (text.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether a speaker phrase is a bare pronoun ("he", "They"). */
export const isPronoun = (phrase: string): boolean => pronounOf(phrase) !== undefined;
const SPOKES = '(?:spokes(?:wo)?man|spokesperson|representative|official|statement|release|website|account)';
// Both patterns below need one of SPOKES' words: a phrase without one skips them.
const HAS_SPOKES = new RegExp(SPOKES);
// "a spokeswoman for Nordlys Ferries", "a representative of the Harbour Trust"
// (Words joined by \s+, not \s*: with an optional space a run of capitals splits at any letter, and
// the match backtracks exponentially.)
const FOR_BODY = new RegExp(
  `\\b${SPOKES}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*)*)\\s*$`,
  'u',
);
// "a Trackways Rail spokesperson", "the Harbour Trust's spokesman"
const BODY_BEFORE = new RegExp(
  `^(?:an?|the)\\s+((?:\\p{Lu}[\\p{L}'’&.-]*\\s+)+?)(?:['’]s\\s+)?(?:\\p{Ll}+\\s+)?${SPOKES}$`,
  'u',
);

/**
 * Whether a chunk may hold `least` capitalised letters: its ASCII capitals, with every character
 * beyond ASCII counted as one. A name needs a capital, a full name or a title and a name two: a
 * chunk with fewer ("the mayor", "police") is not scanned for names.
 */
function mayHoldCapitals(chunk: string, least: number): boolean {
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (((c >= 65 && c <= 90) || c >= 0x80) && ++n >= least) return true;
  }
  return false;
}

/**
 * The name runs of a chunk of a speaker phrase, kept per chunk: the same speaker is introduced the
 * same way at each of their quotes ("Police Chief Dana Cole", "the mayor, Odile Brun"), and the first
 * chunk is asked for a full name and then for any name. (Per phrase, not per article: a chunk is a
 * few words.) Read only: the lists are shared.
 */
const mentionsIn = (chunk: string): readonly NameMention[] => mentionsInChunk(chunk).mentions;
// (The list is kept inside an object: the memo freezes its answers, and V8 reads a frozen array
// several times slower.)
const mentionsInChunk = memoize((chunk: string) => ({ mentions: findNameMentions(0, chunk) }));

function nameIn(chunk: string): { name: string; kind: NameMention['kind'] } | null {
  if (!mayHoldCapitals(chunk, 1)) return null;
  const found = mentionsIn(chunk).find((m) => m.kind !== 'unknown' || m.tokens.length === 1);
  return found ? { name: found.name, kind: found.kind } : null;
}

/** A person's name of two words or more, or with a title, not after a preposition ("mother of Ana Roy"). */
function fullNameIn(chunk: string): NameMention | null {
  // (Each of the name's words, and a title's, opens with a capital.)
  if (!mayHoldCapitals(chunk, 2)) return null;
  return (
    mentionsIn(chunk).find(
      (m) => m.kind === 'person' && !m.afterPreposition && (m.tokens.length > 1 || hasCourtesyTitle(m)),
    ) ?? null
  );
}

/** "Mr Roy", "Dame Pask", "Insp. Cole": one word is a name after a title; after a role ("Deputy Speaker") it is not. */
const hasCourtesyTitle = (m: NameMention) =>
  m.title !== null && m.title.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));

// (The place may carry its state or province: "The Waterloo, Ontario-based company".)
const BASED_IN =
  /^(?:the\s+)?\p{Lu}[\p{L}'’.]*(?:[\s-]\p{Lu}[\p{L}'’.]*)*(?:,\s+\p{Lu}[\p{L}'’.]*(?:[\s-]\p{Lu}[\p{L}'’.]*)*)?-based\s+(?=\p{Ll})/u;
const ROLE_PHRASE_OPENER = /^(?:the|a|an|one|another|its|his|her|their|our)\s/i;
// (The role may be written with capitals, as an office: "the Prime Minister's Official Spokesman".)
const OWNED_ROLE = /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u;

/** The capitalised words just before the initials that they abbreviate ("Prime Minister’s Spokesman"
 * for "PMS"), or null when the initials are not theirs. */
function initialsNamed(phrase: string, initials: string): string | null {
  const letters = initials.replace(/[^A-Z]/g, '');
  const words = phrase.split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < letters.length + 3; i--) {
    const w = words[i]!;
    if (/^(?:of|for|and|the|de|on)$/i.test(w)) {
      run.unshift(w);
      continue;
    }
    if (!/^\p{Lu}/u.test(w)) break;
    run.unshift(w);
    const capitals = run.filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]);
    if (capitals.join('') === letters) return run.join(' ');
  }
  return null;
}

const entityKind = (kind: NameMention['kind']) => (kind === 'organisation' ? 'organisation' : 'person');

/**
 * What a speaker phrase says before the registry is asked: its chunks (its comma-separated parts),
 * the first one as the subject reads, and what the sieve of `resolveSpeaker` tests of that first
 * chunk alone. Kept per phrase, and read in one look-up: the same speakers come back at each of
 * their quotes, and each answer was a pattern run again, or a cache of its own to ask.
 */
interface SpeakerPhrase {
  chunks: string[];
  first: string;
  /** The issuer it names if it is a document (see `issuerOfDocument`). */
  issuer: string | null;
  /** A group by its noun, only its first word capitalised ("Officials", "State health officials"). */
  group: boolean;
  /** The acronym it is ("NBC", "the FBI"), or null. */
  acronym: string | null;
  /** It opens with a quantity ("Some members of the board"). */
  quantity: boolean;
  /** It opens with an article or a possessive ("the mayor", "its spokesman"). */
  rolePhrase: boolean;
  /** The body a spokesperson speaks for ("a spokeswoman for Nordlys", "a Nordlys spokesperson"), or null. */
  body: string | null;
  /** The person it names in full and the role it gives them (see `namedSpeakerOf`), or null. */
  named: NamedSpeaker | null;
}
const ONE_CAPITAL_THEN_LOWER =
  /^(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s)\S+(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u;
const readSpeakerPhrase = memoize((phrase: string): SpeakerPhrase => {
  const chunks = phrase
    .replace(PARTY_TAG, '')
    .split(/,\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  // A speaker phrase holds no speech verb of its own: in "An editor told a High Court judge" (where
  // "judge" was read as the verb) the subject ends before "told".
  const first = cutAtSpeechVerb((chunks[0] ?? '').replace(/^(?:and|but|then|also|so)\s+/i, '')).replace(
    TIME_AT_END,
    '',
  );
  return {
    chunks,
    first,
    issuer: issuerOfDocument(first),
    // ("State health officials", "Federal officials": only the first word capitalised, by its place.)
    group: ONE_CAPITAL_THEN_LOWER.test(first) && readUnnamedSource(first)?.plural === true,
    acronym: /^(?:the\s+)?([A-Z][A-Z&]{1,6})$/.exec(first)?.[1] ?? null,
    quantity: /^(?:some|several|many|most|few|two|three|four)\s/i.test(first),
    rolePhrase: ROLE_PHRASE_OPENER.test(first),
    body: (HAS_SPOKES.test(first) ? (FOR_BODY.exec(first)?.[1] ?? BODY_BEFORE.exec(first)?.[1]) : null) ?? null,
    named: namedSpeakerOf(chunks, first),
  };
});

/** A person a speaker phrase names in full, and the role the phrase gives them. */
interface NamedSpeaker {
  name: string;
  role: string | null;
}

/**
 * The person a speaker phrase names in full in one of its first three chunks, and the role the
 * phrase gives them (the words before the name, else another chunk in lower case), or null.
 */
function namedSpeakerOf(chunks: readonly string[], first: string): NamedSpeaker | null {
  for (let i = 0; i < chunks.length && i < 3; i++) {
    const chunk = i === 0 ? first : chunks[i]!;
    const full = fullNameIn(chunk);
    if (!full) continue;
    const role = chunks.find(
      (c, j) => j !== i && /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(c) && !/^(?:who|whose|which|of|at|from)\b/.test(c),
    );
    const given = chunk.slice(0, full.start).trim() || role;
    return { name: full.name, role: given && givesRole(given) ? given : null };
  }
  return null;
}

/** Resolves a speaker phrase at a position; creates the entity when a new name or source speaks. */
export function resolveSpeaker(phrase: string, block: number, offset: number, registry: EntityRegistry): Entity | null {
  // "the Prime Minister's Spokesman (PMS)": whoever the phrase names is "the PMS" from then on, when
  // the initials are those of the words before them and those words name the speaker ("a spokesperson
  // for the World Health Organization (WHO)" makes no one "the WHO"). A party's tag is no name.
  const defined = phrase.endsWith(')') && !PARTY_TAG_AT_END.test(phrase) ? DEFINED_INITIALS.exec(phrase) : null;
  const named = defined?.index ? phrase.slice(0, defined.index) : '';
  if (defined?.[1] && named) {
    const entity = resolveSpeaker(named, block, offset, registry);
    const abbreviated = initialsNamed(named, defined[1]);
    const bare = (text: string) => fold(text).replace(/['’]s\b/g, '');
    if (entity && abbreviated && bare(entity.name).endsWith(bare(abbreviated))) addAlias(entity, defined[1]);
    return entity;
  }
  // "Riga-based news agency Harbour Wire": where a body is based describes it; the name comes after.
  if (phrase.includes('-based ')) {
    const based = BASED_IN.exec(phrase);
    if (based) {
      // (A bare noun after it is a description with its article: "The Ontario-based company" is "the company".)
      const rest = phrase.slice(based[0].length);
      return resolveSpeaker(/^\p{Ll}+$/u.test(rest) ? `the ${rest}` : rest, block, offset + based[0].length, registry);
    }
  }
  const at = globalPosition(block, offset);
  // A bare pronoun ("he", "She") is its own first chunk: it is answered without the chunks' cache.
  const bare = pronounOf(phrase);
  if (bare) return registry.findByPronoun(bare, at);
  const {
    chunks,
    first,
    issuer,
    group,
    acronym,
    quantity,
    rolePhrase: isRolePhrase,
    body,
    named: inFull,
  } = readSpeakerPhrase(phrase);
  const pronoun = pronounOf(first);
  if (pronoun) return registry.findByPronoun(pronoun, at);
  // "“…,” I wrote": outside quotation marks, the first person is the article's author.
  if (first === 'I' && registry.narrator)
    return registry.findByName(registry.narrator) ?? registry.add(registry.narrator, 'person');

  // "the report", "the council's evaluation", "its statement": a document speaks for its issuer.
  // A document whose issuer the phrase does not name: its author is whom the text was just about
  // ("The paper, by Roy and two colleagues, … The paper says"); a set of documents speaks for itself.
  if (issuer !== null) {
    // "The Daily Ledger review": a name with its article that issues a document is a body; but a
    // report named after its author is the author's ("The Sue Gray report"; "The Casey review" after
    // Louise Casey was named), and nobody's when the author was never named ("The Mueller report").
    if (issuer && /^[Tt]he\s+\p{Lu}/u.test(issuer) && !ROLE_WORDS.has(headNoun(issuer))) {
      const name = issuer.replace(/^the\s+/i, '');
      if (isGivenName(name.split(/\s+/)[0] ?? '')) return resolveSpeaker(name, block, offset, registry);
      if (!name.includes(' ')) {
        const author = registry.findByName(name, at);
        return author?.kind === 'person' ? author : null;
      }
      const label = `The ${name}`;
      return registry.findByName(label, at) ?? registry.add(label, 'organisation');
    }
    if (issuer) return resolveSpeaker(issuer, block, offset, registry);
    // An indefinite one is new to the text ("an initial post-mortem examination concluded"): no one the
    // text was about wrote it, and it names no one who did.
    if (/^(?:an?|one)\s/i.test(first)) return null;
    return /s$/i.test(first.trim()) ? documentSource(first, at, registry) : registry.subjectOfPreviousSentence(at);
  }

  // "NBC", "the FBI": an acronym names a body.
  if (acronym) return registry.findByName(acronym, at) ?? registry.add(acronym, 'organisation');
  // "Spain's finance minister": a role with its possessor; whoever has that role, else a description.
  // (The possessive needs an apostrophe: most phrases have none and skip the pattern.)
  const owned = first.includes("'") || first.includes('’') ? OWNED_ROLE.exec(first) : null;
  if (owned?.[1] && ROLE_WORDS.has(headNoun(owned[1]))) {
    const holder = registry.findByRole(`the ${owned[1]}`, at);
    if (holder) return holder;
    return registry.findByName(first, at) ?? registry.add(first, 'unnamed');
  }
  // "Officials", "Residents" opening a sentence: a group by its noun, capitalised only by its place.
  if (group) return unnamedOrNull(first, at, registry);
  // "Some members of the Harbour Board, who asked not to be named": a described group, though a
  // body is named inside the description.
  if (quantity) {
    const group = unnamedOrNull(first, at, registry);
    if (group) return group;
  }
  // Most speaker phrases are a name the article has already used: look it up before parsing it.
  if (!isRolePhrase && chunks.length === 1) {
    const known = registry.findByName(first, at);
    if (known) return known;
  }

  if (body) {
    const label = body.trim();
    return registry.findByName(label, at) ?? registry.add(label, 'organisation');
  }

  // "the study's lead author, marine biologist Dr Ana Roy": the name, wherever it stands, wins.
  if (inFull) {
    const entity = registry.findByName(inFull.name, at) ?? registry.add(inFull.name, 'person');
    if (inFull.role !== null) registry.addRole(entity, inFull.role);
    return entity;
  }

  // "Valmera's transport ministry", "Harbour's planning department": a body a named owner has.
  // (Read only for a phrase with an apostrophe.)
  if (
    !isRolePhrase &&
    (first.includes("'") || first.includes('’')) &&
    OWNED_BODY.test(first) &&
    ORGANISATION_WORDS.has(headNoun(first))
  )
    return registry.findByName(first, at) ?? registry.add(first, 'organisation');
  const name = isRolePhrase ? null : nameIn(first);
  if (name) {
    const known = registry.findByName(name.name, at);
    // One capitalised word the article never introduced is a person only when it is a given name or the text gives an age
    // ("sighed Julien, 34, a nurse"); otherwise it may be a place or a product.
    const company = !known && !name.name.includes(' ') ? registry.findCompanyByFirstWord(name.name) : null;
    if (company) return company;
    const lone = !known && !name.name.includes(' ') && name.kind !== 'organisation';
    if (lone && !isGivenName(name.name) && !/^\d{1,3}$/.test(chunks[1] ?? ''))
      return unnamedOrNull(first, at, registry);
    const entity = known ?? registry.add(name.name, entityKind(name.kind));
    addRoleIfAny(registry, entity, chunks[1]);
    return entity;
  }
  if (!isRolePhrase) return unnamedOrNull(first, at, registry);
  const d = readDescription(first);
  // "the sheriff's office", "the mayor's department": a body that belongs to an office, not its holder.
  if (d.officeWords) return officeBody(first, d.officeWords, at, registry);
  // "A government minister told reporters …": an indefinite description brings in someone new; it
  // never stands for a person the article has named.
  if (d.indefinite) {
    const described = unnamedOrNull(first, at, registry);
    if (described) return described;
  }
  // "Ana Roy left early. The head of state warned …": a description opening the sentence after one
  // that was about a person is that person; and where two people hold the role ("President Tully
  // thanked President Okoro. The president observed …"), the one the sentence before was about.
  const previousSubject = registry.subjectOfPreviousSentence(at);
  if (previousSubject?.kind === 'person' && d.definite && holdsRole(previousSubject, first)) return previousSubject;
  const byRole = registry.findByRole(first, at);
  if (byRole) return byRole;
  // (Only when the description fits: a mayor is not "the leader of the Senate".)
  if (previousSubject?.kind === 'person' && d.definite && d.roleHead && roleFits(previousSubject, first)) {
    registry.addRole(previousSubject, first);
    return previousSubject;
  }
  // "… was Ana Roy. “…,” the premier said": a role nobody has yet describes the person the text is
  // about, when that person has no other role.
  if (d.definite && d.roleHead && !d.pluralSource) {
    const salient = registry.findByPronoun('any', at);
    if (salient && salient.roles.length === 0) {
      registry.addRole(salient, first);
      return salient;
    }
  }
  // "The Home Secretary", "The Prime Minister": an office written with capitals is a person nobody named.
  if (d.capitalisedOffice) {
    const described = unnamedOrNull(first, at, registry);
    if (described) return described;
  }
  if (d.properName !== null) {
    // "The Council admitted …" after "Calderdale Council": a body's noun alone, capitalised as the
    // writer's house style has it, is the latest body of that noun, as "the council" is.
    const latest = d.capitalisedBodyNoun ? latestBody(registry, d.capitalisedBodyNoun, at) : null;
    if (latest) return latest;
    return registry.findByName(d.properName) ?? registry.add(d.properName, 'organisation');
  }
  if (d.bodyLabel !== null) {
    // "the club said in a statement": a body speaks; the latest body it can mean, else the phrase.
    const latest = d.bodyNoun ? latestBody(registry, d.head, at) : null;
    if (latest) return latest;
    return registry.findByName(d.bodyLabel) ?? registry.add(d.bodyName, 'organisation');
  }
  return unnamedOrNull(first, at, registry);
}

const OWNED_BODY = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

// "the club", and with what describes it: "the Swedish telecoms firm", "the software company" (a
// people's adjective, or words in lower case, before the noun).
// (A people's adjective by the endings no place name shares: "Swedish", "Chinese", "Canadian",
// "Korean"; not -an, -i, -ch or -ic, which "Milan", "Dubai", "Zurich" and "Atlantic" end in too.)
const BODY_DESCRIPTION = /^(?:[Tt]he|[Ii]ts)\s+(?:(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|can|ean)|\p{Ll}+)\s+){0,3}\p{Ll}+$/u;

/**
 * What the last steps of the sieve read of a description ("the finance office", "The Home
 * Secretary", "a government minister"): all of it depends on the phrase alone.
 */
interface Description {
  /** The head noun, before any preposition: "a spokeswoman for the mayor's office" is a spokeswoman. */
  head: string;
  /** The head is a role word. */
  roleHead: boolean;
  /** It opens with "the". */
  definite: boolean;
  /** It opens with "a", "an", "one", "another". */
  indefinite: boolean;
  /** It is read as an unnamed source in the plural. */
  pluralSource: boolean;
  /** A body that belongs to an office ("the sheriff's office"): the words its name ends in, else null. */
  officeWords: readonly string[] | null;
  /** An office written with capitals ("the Home Secretary", "The Prime Minister"). */
  capitalisedOffice: boolean;
  /** A proper name with its article ("The White House"), as a body's name, else null. */
  properName: string | null;
  /** The body's noun such a name is alone ("The Council"), lower-cased, else null. */
  capitalisedBodyNoun: string | null;
  /** A body described by its noun ("the club", "its statement"): the label it is looked up by, else null. */
  bodyLabel: string | null;
  /** That label capitalised, the name of the body when it is new. */
  bodyName: string;
  /** The description is an article and a body's noun, described or not ("the club", "the Swedish firm"): the latest body it can mean. */
  bodyNoun: boolean;
}

/**
 * A description's reading, kept per phrase: a speaker described the same way ("the club", "police")
 * is read at each of their quotes, and every test below was a pattern, a split or a new label.
 */
const readDescription = memoize(function readDescription(first: string): Description {
  const head = headNoun(first);
  const roleHead = ROLE_WORDS.has(head);
  // "The White House", "the Congressional Budget Office": a proper name with its article; but an
  // office written with capitals ("the Home Secretary", "The Prime Minister") is a person nobody named.
  const properWithArticle = /^[Tt]he\s+\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*\s*$/u.test(first);
  // (One word is an office only when it is a title of one: "The Economist", "The Pilot" are papers.)
  const capitalisedOffice =
    properWithArticle && roleHead && (first.trim().split(/\s+/).length > 2 || OFFICE_TITLES.has(head));
  const noun = properWithArticle ? /^[Tt]he\s+(\p{Lu}\p{Ll}+)\s*$/u.exec(first)?.[1]?.toLowerCase() : undefined;
  const lowerWords = first.toLowerCase().split(/[^a-z]+/);
  const orgWord = lowerWords.some((w) => ORGANISATION_WORDS.has(w));
  const speaksAsBody =
    ORGANISATION_WORDS.has(head) ||
    (orgWord && !lowerWords.some((w) => ROLE_WORDS.has(w)) && !readUnnamedSource(first));
  const bodyLabel = speaksAsBody ? first.replace(/^(?:its|his|her|their|our|a|an)\s+/i, 'the ') : null;
  return {
    head,
    roleHead,
    definite: /^the\s/i.test(first),
    indefinite: /^(?:a|an|one|another)\s/i.test(first),
    pluralSource: readUnnamedSource(first)?.plural === true,
    officeWords: ORGANISATION_WORDS.has(head) && /['’]s?\s/.test(first) ? officeWordsOf(first) : null,
    capitalisedOffice,
    properName: properWithArticle ? first.replace(/^the\s+/i, 'The ') : null,
    capitalisedBodyNoun: noun && ORGANISATION_WORDS.has(noun) ? noun : null,
    bodyLabel,
    bodyName: bodyLabel === null ? '' : bodyLabel.charAt(0).toUpperCase() + bodyLabel.slice(1),
    bodyNoun: BODY_DESCRIPTION.test(first),
  };
});

/** The folded words the name of the body an office's phrase means ends in ("sheriff office"). */
function officeWordsOf(phrase: string): readonly string[] {
  return fold(phrase.replace(/^(?:the|its|his|her|their)\s+/i, ''))
    .replace(/['’]s?\b/g, '')
    .split(/\s+/);
}

/** The body a phrase such as "the sheriff's office" names: the one the text named with those words
 * ("Brant County Sheriff's Office"), else the phrase itself, as an organisation. */
function officeBody(phrase: string, words: readonly string[], at: number, registry: EntityRegistry): Entity {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of registry.entitiesOfKind('organisation')) {
    const seen = lastBefore(e.seen, at);
    if (seen > bestAt && nameEndsWith(e, words)) {
      best = e;
      bestAt = seen;
    }
  }
  if (best) return best;
  const label = phrase.replace(/^(?:its|his|her|their|a|an)\s+/i, 'the ');
  return registry.findByName(label) ?? registry.add(label.charAt(0).toUpperCase() + label.slice(1), 'organisation');
}

/** Whether a person holds the role a phrase names, read as the registry reads roles, with every word
 * before its head ("the interim secretary" is not the general secretary; "the president" is
 * President Tully). */
function holdsRole(e: Entity, phrase: string): boolean {
  const read = readRolePhrase(phrase);
  if (!read) return false;
  const before = read.words.slice(0, read.words.indexOf(read.head));
  return e.roles.some((r) => {
    const role = readRolePhrase(r);
    return role?.head === read.head && before.every((w) => role.words.includes(w));
  });
}

function addRoleIfAny(registry: EntityRegistry, entity: Entity, role: string | undefined): void {
  if (role && givesRole(role)) registry.addRole(entity, role);
}

/** Whether a chunk beside a name gives that person a role: a description opening in lower case with a role word. */
function givesRole(role: string): boolean {
  if (!/^(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(role) || /^who\b/.test(role)) return false;
  return opensWithRoleWord(role);
}

/**
 * Whether a role word stands among a description's first four words (after any article). Kept per
 * description: a speaker is described the same way at each of their quotes ("the club's coach").
 */
const opensWithRoleWord = memoize((description: string): boolean => {
  const words = description.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  return words.slice(0, 4).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
});

/** "the company" after "Nordlys Ferries (the company) …": the latest body whose name or role holds the noun. */
function latestBody(registry: EntityRegistry, noun: string, at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  // "Northwind Air cancelled flights. … the airline said": a generic noun means the latest body of
  // any name; a specific one ("the council") only a body whose name or role holds it.
  let latest: Entity | null = null;
  let latestAt = -1;
  // (A company, an airline or a club is no public body: "Council leader Ben Cole said … The company
  // said" is not the council.)
  const anyBody = noun === 'organisation' || noun === 'organization';
  // A body only named where a mention is no sighting ("Shares of Brightwave Inc. jumped … The company
  // said"), when no body was seen at all: the latest named.
  let named: Entity | null = null;
  let namedAt = -1;
  for (const e of registry.entitiesOfKind('organisation')) {
    const seen = lastBefore(e.seen, at);
    const firstNamed = e.firstNamed ?? Infinity;
    if (seen < 0 && firstNamed < at && firstNamed > namedAt && !e.nameWords.some((w) => PUBLIC_BODY_WORDS.has(w))) {
      namedAt = firstNamed;
      named = e;
    }
    if (seen > latestAt && (anyBody || !e.nameWords.some((w) => PUBLIC_BODY_WORDS.has(w)))) {
      latestAt = seen;
      latest = e;
    }
    if (
      seen > bestAt &&
      (e.nameWords.includes(noun) ||
        (COMPANY_NOUNS.has(noun) && isCompanyName(e.nameWords)) ||
        e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(noun)))
    ) {
      bestAt = seen;
      best = e;
    }
  }
  return best ?? (GENERIC_BODIES.has(noun) ? (latest ?? named) : null) ?? onlyBodyNamedBefore(registry, noun, at);
}

/**
 * The one body named before `at` whose name ends in the noun, when the text named it only where a
 * mention counts as no sighting ("a backlog at Calderdale Council … The council admitted"). Null
 * when there are two, or none: a body named only later ("the union said … European Union rules")
 * is not the one meant.
 */
function onlyBodyNamedBefore(registry: EntityRegistry, noun: string, at: number): Entity | null {
  let found: Entity | null = null;
  for (const e of registry.entitiesOfKind('organisation')) {
    if (e.nameWords[e.nameWords.length - 1] !== noun) continue;
    if ((e.firstNamed ?? Infinity) >= at) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/** Offices a text may name by their title alone, capitalised: "The President said". */
const OFFICE_TITLES = new Set(
  'president premier chancellor minister secretary governor mayor senator speaker chairman chairwoman chair commissioner prosecutor sheriff judge coroner'.split(
    ' ',
  ),
);

/** The words that name public bodies: councils, unions, courts, forces, ministries, places. */
const PUBLIC_BODY_WORDS = new Set(
  'council union police government ministry department court parliament senate committee commission authority agency party army navy embassy school university hospital office administration municipality region province state city town village district county borough parish tribunal cabinet presidency prosecution regulator watchdog federation association league'.split(
    ' ',
  ),
);

// "the company", "the firm": a body whose name says it is one ("Brightwave Ltd.", "Acme Inc") is
// meant before a body of any other kind met since (a data provider "according to" which figures fell).
const COMPANY_NOUNS = new Set(['company', 'firm']);
const CORPORATE_SUFFIXES = new Set(
  'inc incorporated ltd limited corp corporation plc llc co group holdings ag sa nv gmbh'.split(' '),
);
const isCompanyName = (words: readonly string[]) =>
  words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, ''));

/** Nouns that can stand for a body of any name ("the company", "the airline"). */
const GENERIC_BODIES = new Set([
  'company',
  'firm',
  'business',
  'group',
  'airline',
  'carrier',
  'operator',
  'retailer',
  'chain',
  'brand',
  'club',
  'team',
  'charity',
  'organisation',
  'organization',
  'broadcaster',
  'publisher',
  'insurer',
  'lender',
  'bank',
  'startup',
  'manufacturer',
  'supplier',
  'utility',
  'developer',
  'owner',
  'agency',
]);

function lastBefore(sorted: number[], at: number): number {
  return sorted[lowerBound(sorted, at) - 1] ?? -1;
}

/**
 * An unnamed source: the same description seen before ("the spokesperson" after "a police
 * spokesperson"), a group named in an earlier description ("police" after "a police spokesperson"),
 * or a new one.
 */
function unnamedOrNull(phrase: string, at: number, registry: EntityRegistry): Entity | null {
  const source = readUnnamedSource(phrase);
  if (!source) return null;
  const definite = /^the\s/i.test(phrase.trim());
  // (Lower-cased once, not for every entity.)
  const label = source.label.toLowerCase();
  const group = source.plural && !source.label.includes(' ');
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of registry.entitiesOfKind('unnamed')) {
    // (Its last sighting first: one seen before the best so far cannot win, and its name is not read.)
    const seen = lastBefore(e.seen, at);
    if (seen < bestAt) continue;
    const sameHead = headNoun(e.name) === source.head && (definite || e.name.toLowerCase() === label);
    // "police" after "a police spokesperson": the group is the source the text already described.
    const groupOf = group && e.nameWords.includes(label);
    if (sameHead || groupOf) {
      bestAt = seen;
      best = e;
    }
  }
  if (best) return best;
  const entity = registry.add(source.label, 'unnamed');
  entity.plural = source.plural;
  return entity;
}

// Documents and the figures a body publishes ("according to figures from the finance department").
const DOCUMENT =
  '(?:report|statement|study|evaluation|ruling|judgment|judgement|verdict|letter|filing|memo|release|document|paper|survey|review|audit|post|tweet|message|website|note|communiqu[eé]|declaration|complaint|lawsuit|indictment|decision|analysis|assessment|findings|submission|guidance|notice|press release|figures|data|numbers|statistics|estimates?|records)';
const OWNED_DOCUMENT = new RegExp(`^(its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}${DOCUMENT}$`, 'iu');
const POSSESSED_DOCUMENT = new RegExp(`^(.+?)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}${DOCUMENT}$`, 'u');
const NAMED_DOCUMENT = new RegExp(
  `^((?:[Tt]he\\s+)?(?:(?!The\\s)\\p{Lu}[\\p{L}'’&.-]*\\s+){1,4})(?:[\\p{Ll}-]+\\s+)?${DOCUMENT}(?:\\s+(?:of|on|into)\\s+.{1,60})?$`,
  'u',
);
// (The article may be missing: "figures from the ministry", "official data from X".) Read with the
// phrase's first letter in lower case, and no other capital before the document: a capitalised word
// there makes it a name ("the Washington Post", "The Sunday Times"), which no case-blind reading saw.
const DOCUMENT_FIRST = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${DOCUMENT}(?![’'\\p{L}])(.*)$`, 'u');
// "figures from the county treasury": all that follows the preposition; "the evaluation the council
// published": the body right after the document, one noun long.
const ISSUER_AFTER_PREPOSITION =
  /^\s+(?:(?:released|published|compiled)\s+)?(?:by|from|of)\s+((?:the\s+)?[^,.;:“”"]{2,60}?)\s*$/iu;
// (Right after the document, or after a word or two of its description, "study author Ana Roy"; not
// after a preposition of place: "an examination at Mill Lane" names where, not who; "a report in the
// Easton Gazette" names its paper.)
const ISSUER_IN_REST =
  /^\s+(?:(?!(?:at|near|outside|inside|behind)\s)\p{Ll}+\s+){0,2}((?:the|its)\s+\p{Ll}+|\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)/u;
const OWNER_PRONOUN: Record<string, string> = { its: 'it', his: 'he', her: 'she', their: 'they' };

/**
 * The issuer a document phrase names ("its annual report" → "it", "the council's evaluation" → "the
 * council", "the evaluation the council published" → "the council"), "" for a document with no
 * issuer named, or null when the phrase is no document.
 */
export const issuerOfDocument = memoize(function issuerOfDocument(phrase: string): string | null {
  const owned = OWNED_DOCUMENT.exec(phrase);
  if (owned?.[1]) return OWNER_PRONOUN[owned[1].toLowerCase()] ?? '';
  const possessed = POSSESSED_DOCUMENT.exec(phrase);
  if (possessed?.[1] && !/\s(?:the|a|an)$/i.test(possessed[1])) return possessed[1];
  // "The Daily Ledger review of the album", "the Harbour Council report": a name before the document.
  const named = NAMED_DOCUMENT.exec(phrase);
  if (named?.[1]) return named[1].trim();
  const first = DOCUMENT_FIRST.exec(phrase.charAt(0).toLowerCase() + phrase.slice(1));
  if (!first) return null;
  const rest = first[1] ?? '';
  const issuer = (ISSUER_AFTER_PREPOSITION.exec(rest)?.[1] ?? ISSUER_IN_REST.exec(rest)?.[1])?.trim();
  return issuer && !/^(?:the|its)\s+(?:same|other|first|last|new)$/i.test(issuer) ? issuer : '';
});

/** A document with no issuer named, as an unnamed source known by its description. */
function documentSource(phrase: string, at: number, registry: EntityRegistry): Entity | null {
  const label = phrase
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[.,;:]+$/, '');
  if (!label || label.split(/\s+/).length > 6) return null;
  const known = registry.findByName(label, at);
  if (known) return known;
  const entity = registry.add(label.charAt(0).toLowerCase() + label.slice(1), 'unnamed');
  entity.plural = /s$/.test(label);
  return entity;
}

/** The phrase up to its first lower-case speech verb after the first word, or the whole phrase. */
function cutAtSpeechVerb(phrase: string): string {
  const words = phrase.split(/\s+/);
  // (The set first: most words are no speech verb, and the Unicode test is the dearer one.)
  const at = words.findIndex((w, i) => i > 0 && SPEECH_VERB_SET.has(w) && /^\p{Ll}/u.test(w));
  return at > 0 ? words.slice(0, at).join(' ') : phrase;
}
