import { ROLE_WORDS } from './lexicon';
import { memoize } from './memo';

/**
 * Sources the text describes instead of naming: "police said", "a spokesperson for the council",
 * "one resident, who asked not to be named", "officials say", "sources close to the minister".
 * They are speakers in their own right (the reader lists them apart), known by the words the text
 * gives them. Rules are data: each shape has a trigger and an example, and the tests run the examples.
 */

export interface UnnamedSource {
  /** The description as the text gives it, without a leading "the": "a clerk at the store", "police". */
  label: string;
  /** The head noun a later definite mention repeats: "the clerk", "the spokesperson". */
  head: string;
  plural: boolean;
}

/** Nouns for groups that speak together in news copy, in the plural (or mass) form used as a subject. */
export const GROUP_NOUNS = new Set([
  'police',
  'officials',
  'authorities',
  'residents',
  'neighbours',
  'neighbors',
  'witnesses',
  'sources',
  'experts',
  'analysts',
  'critics',
  'organisers',
  'organizers',
  'investigators',
  'prosecutors',
  'officers',
  'firefighters',
  'paramedics',
  'doctors',
  'nurses',
  'scientists',
  'researchers',
  'academics',
  'scholars',
  'specialists',
  'physicians',
  'psychologists',
  'lawmakers',
  'legislators',
  'protesters',
  'protestors',
  'demonstrators',
  'supporters',
  'opponents',
  'parents',
  'teachers',
  'students',
  'workers',
  'employees',
  'staff',
  'fans',
  'locals',
  'villagers',
  'farmers',
  'diplomats',
  'observers',
  'economists',
  'medics',
  'relatives',
  'friends',
  'colleagues',
  'campaigners',
  'activists',
  'unions',
  'leaders',
  'ministers',
  'mps',
  'senators',
  'councillors',
  'councilors',
  'aides',
  'insiders',
  'rescuers',
  'volunteers',
  'survivors',
  'passengers',
  'shoppers',
  'voters',
  'commuters',
  'travellers',
  'travelers',
  'tenants',
  'landlords',
  'traders',
  'owners',
  'managers',
  'executives',
  'bankers',
  'investors',
  'officers',
  'troops',
  'soldiers',
  'militants',
  'rebels',
  'spokespeople',
  'representatives',
  'delegates',
  'negotiators',
  'regulators',
  'inspectors',
  'engineers',
  'forecasters',
  'meteorologists',
  'epidemiologists',
  'historians',
  'lawyers',
  'attorneys',
  'judges',
  'people',
  'members',
  'deputies',
  'backbenchers',
  'residents',
  'inhabitants',
  'citizens',
  'players',
  'coaches',
  'eyewitnesses',
  'organizations',
  'groups',
  'charities',
  'companies',
  'firms',
  'businesses',
  'airlines',
  'retailers',
  'hospitals',
]);

/** Singular heads that describe a person speaking without a name: "a spokeswoman", "one resident". */
export const PERSON_NOUNS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'official',
  'source',
  'resident',
  'neighbour',
  'neighbor',
  'witness',
  'clerk',
  'employee',
  'worker',
  'officer',
  'paramedic',
  'doctor',
  'nurse',
  'man',
  'woman',
  'person',
  'passenger',
  'driver',
  'shopper',
  'customer',
  'voter',
  'parent',
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'grandmother',
  'grandfather',
  'grandparent',
  'student',
  'teacher',
  'friend',
  'relative',
  'colleague',
  'insider',
  'aide',
  'adviser',
  'advisor',
  'diplomat',
  'analyst',
  'expert',
  'forecaster',
  'meteorologist',
  'firefighter',
  'rescuer',
  'volunteer',
  'survivor',
  'mp',
  'mep',
  'senator',
  'councillor',
  'councilor',
  'member',
  'minister',
  'lawyer',
  'attorney',
  'prosecutor',
  'investigator',
  'inspector',
  'engineer',
  'scientist',
  'researcher',
  'owner',
  'manager',
  'executive',
  'trader',
  'farmer',
  'tenant',
  'villager',
  'local',
  'fan',
  'supporter',
  'protester',
  'activist',
  'campaigner',
  'organiser',
  'organizer',
  'reporter',
  'reader',
  'listener',
  'viewer',
  'caller',
  'commuter',
  'traveller',
  'traveler',
  'guard',
  'soldier',
  'medic',
  'pilot',
  'operator',
  'staffer',
  'observer',
  'delegate',
  'negotiator',
  'lecturer',
  'professor',
  'economist',
  'historian',
  'journalist',
  'correspondent',
  'host',
  'presenter',
  'forecaster',
  'physician',
  'surgeon',
  'pharmacist',
  'landlord',
  'bystander',
  'onlooker',
  'customer',
  'patient',
  'victim',
  'survivor',
  'official',
  'chief',
  'head',
  'director',
]);

// Role words that are titles, or nouns with another sense first, not descriptions of a person ("a Mr",
// "a lead", "a general").
const TITLE_ONLY = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'lead',
  'head',
  'general',
  'master',
  'chief',
  'forward',
  'partner',
  'presiding',
]);

/** Collective nouns for people who speak together: "her family said". */
const COLLECTIVE_NOUNS = new Set([
  'family',
  'relatives',
  'household',
  'crew',
  'staff',
  'team',
  'jury',
  'panel',
  'entourage',
  'circle',
  'camp',
  // "Turkish media reported", "state media said": the press of a country, unnamed.
  'media',
]);

/** "mayors", "spokeswomen", "nurses": the plural of a noun that describes one person. */
function isPluralOfPerson(word: string): boolean {
  if (word.endsWith('men')) return PERSON_NOUNS.has(`${word.slice(0, -3)}man`);
  if (!word.endsWith('s') || word.length < 4) return false;
  const singular = word.slice(0, -1);
  return (
    PERSON_NOUNS.has(singular) ||
    ROLE_WORDS.has(singular) ||
    (word.endsWith('es') && PERSON_NOUNS.has(word.slice(0, -2)))
  );
}

/** Modifiers that say whose voice a group is: "diplomatic sources", "local residents", "Israeli officials". */
const SOURCE_MODIFIERS = new Set([
  'local',
  'senior',
  'top',
  'diplomatic',
  'government',
  'military',
  'security',
  'intelligence',
  'health',
  'police',
  'federal',
  'state',
  'city',
  'county',
  'hospital',
  'school',
  'union',
  'party',
  'club',
  'company',
  'industry',
  'administration',
  'election',
  'court',
  'airport',
  'fire',
  'rescue',
  'emergency',
  'army',
  'navy',
  'western',
  'european',
  'american',
  'british',
  'french',
  'german',
  'other',
  'many',
  'some',
  'several',
  'angry',
  'frustrated',
]);

/** True for a word that may stand before a group noun as part of the source's description. */
export function isSourceModifier(word: string): boolean {
  return /^\p{Lu}[\p{L}.]*$/u.test(word) || SOURCE_MODIFIERS.has(word.toLowerCase());
}

/** Words that may stand between the article and the head: "a senior police officer", "one local resident". */
const ARTICLE = /^(?:a|an|one|another|two|three|four|several|some|many|most|few|the)\s+/i;
// The description ends where a clause or an aside begins.
const CLAUSE_END = /\s+(?:who|which|that|whose|speaking|said|says|told|added)\b.*$/i;

const OF_NUMBER = /-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/** The head of a noun phrase: the last word before a preposition ("clerk" in "a clerk at the store"). */
export const headNoun = memoize(function headNoun(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const preposition = words.findIndex(
    (w, i) => i > 0 && /^(?:at|of|for|from|in|on|with|near|close|inside|within|to|familiar)$/.test(w),
  );
  const core = preposition > 0 ? words.slice(0, preposition) : words;
  // "a mother-of-three", "one dad-of-two": the person the compound names is its first word.
  return (core[core.length - 1] ?? '').replace(/[^a-z-]/g, '').replace(OF_NUMBER, '');
});

/**
 * Reads a speaker phrase as an unnamed source, or null when it is not one.
 * Examples: "police" → police; "a spokesperson for the council" → spokesperson;
 * "One resident of the valley" → resident; "diplomatic sources" → sources; "the duty forecaster" → forecaster.
 */
export const readUnnamedSource = memoize(function readUnnamedSource(phrase: string): UnnamedSource | null {
  let text = phrase
    .split(',')[0]!
    .trim()
    .replace(CLAUSE_END, '')
    .replace(/[.;:]+$/, '');
  if (!text || text.length > 90 || /[“”"«»]/.test(text)) return null;
  const article = ARTICLE.exec(text)?.[0].trim().toLowerCase() ?? '';
  const head = headNoun(text.slice(article ? ARTICLE.exec(text)![0].length : 0));
  if (!head) return null;
  // A capitalised word inside, other than a nationality or a body's name before the head, is a name:
  // those are handled as names, not descriptions.
  // "Mayors of border towns", "her family": the plural of a person's description, or a family, is a group.
  const plural =
    (GROUP_NOUNS.has(head) && !PERSON_NOUNS.has(head)) || isPluralOfPerson(head) || COLLECTIVE_NOUNS.has(head);
  // "an editor", "a lawyer for the family": any role noun describes one person.
  if (!plural && !PERSON_NOUNS.has(head) && !(ROLE_WORDS.has(head) && !TITLE_ONLY.has(head))) return null;
  // A bare singular noun ("official said") is a headline's shorthand, not a description.
  if (!plural && !article) return null;
  if (article === 'the') text = text.replace(/^the\s+/i, '');
  else if (article) text = text.charAt(0).toLowerCase() + text.slice(1);
  return { label: text, head, plural: plural || /^(?:two|three|four|several|some|many|most|few)$/.test(article) };
});
