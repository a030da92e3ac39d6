/**
 * What each sentence is about. A reader takes "she" to mean the person the last sentences were
 * about (their subject), not whoever was named last in passing. This pass walks the sentences in
 * reading order, together with the speech items, and records each sentence's subject in the
 * registry: a name that opens the sentence ("Insp. Dana Cole said …", "The maritime minister, Ana
 * Roy, …"), a role that stands for someone already met ("The judge rejected …"), or a pronoun
 * ("She married …"), resolved at that point.
 */
import { hashesOf, isJsSpace, isLatin1Text, mayHold, wordHashOf } from '../text/ascii-words';
import { datelineLeadAt } from '../text/dateline-lead';
import { latin1Pattern, latin1PatternFor } from '../text/latin1-pattern';
import { lowerBound, type Range } from '../text/sorted-search';
import { globalPosition, roleFits, type Entity, type EntityRegistry } from './entities';
import { ROLE_WORDS } from './lexicon';
import type { NameMention } from './name-mentions';

export interface SubjectSource {
  blocks: { block: number; text: string }[];
  sentencesOf: (block: number) => Range[];
  mentionsOf: (block: number) => readonly NameMention[];
  /** The mentions' start offsets, sorted, to find a sentence's first mention without a scan. */
  mentionStartsOf: (block: number) => readonly number[];
  insideQuote: (m: { block: number; start: number }) => boolean;
}

type Pronoun = 'He' | 'She' | 'They';
const GENDER = { He: 'male', She: 'female', They: 'plural' } as const;
// "At a news conference on Tuesday, …": one opening phrase before the subject.
export const OPENING = /^[^,“”"«»‘’]{2,80},\s+(?=\p{Lu})/u;
const QUOTE_MARK = /[“”"«»‘’]/;
const UPPER_START = /^\p{Lu}/u;

/** A character of a word as `\b` reads it: an ASCII letter, a digit or "_". */
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * The pronoun that opens `text[start, end)` as a word (`/^(He|She|They)\b/`), read without a pattern
 * or a cut: it is asked of every sentence. (The first letter picks the one pronoun to compare: most
 * sentences open with none of H, S, T.)
 */
function openingPronoun(text: string, start: number, end: number): Pronoun | undefined {
  const first = text.charCodeAt(start);
  const pronoun = first === 72 ? 'He' : first === 83 ? 'She' : first === 84 ? 'They' : undefined;
  if (pronoun === undefined || !text.startsWith(pronoun, start)) return undefined;
  const after = start + pronoun.length;
  if (after > end) return undefined;
  return after < end && isAsciiWordCode(text.charCodeAt(after)) ? undefined : pronoun;
}

/** How many code points `text[start, end)` holds (a pair of surrogates is one). */
function codePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++, count++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
  }
  return count;
}

/**
 * The length of the opening phrase of `text[start, end)` with its comma and spaces, as `OPENING`
 * matches it, or 0: read from the sentence's first comma instead of by the pattern (the phrase holds
 * no comma, so the comma that ends it is the first). (Quotation marks are looked for by a pattern and
 * code points counted only where the length in units leaves the count in doubt: a loop over every
 * character cost more than the rest.)
 */
export function openingLength(text: string, start: number, end: number): number {
  const comma = text.indexOf(',', start);
  const units = comma - start;
  // Two to eighty characters as the pattern counts them (code points: at most two units each).
  if (comma < 0 || comma >= end || units < 2 || units > 160) return 0;
  if (QUOTE_MARK.test(text.slice(start, comma))) return 0;
  if (units === 2 || units > 80) {
    const count = codePoints(text, start, comma);
    if (count < 2 || count > 80) return 0;
  }
  let i = comma + 1;
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  if (i === comma + 1 || i >= end) return 0;
  // (A capital outside the BMP is a pair of units, both within the sentence.)
  const cp = text.codePointAt(i)!;
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? i - start : 0;
  if (cp > 0xffff && i + 1 >= end) return 0;
  return UPPER_START.test(String.fromCodePoint(cp)) ? i - start : 0;
}
// The opening that a role subject follows: "The", "His", or a short phrase of time and "the".
const ROLE_OPENING = latin1Pattern(
  /^(?:(?:In|On|At|By|During|Since|Last|Earlier|Later|Then)\s+(?:[\p{L}\d]+\s+){0,2}?(?:the|its|his|her|their)\s+|(?:The|Its|His|Her|Their)\s+)([^,;:.“”"«»]*)/u,
);
// The words `ROLE_OPENING` may open with.
const ROLE_OPENING_WORDS = new Set('In On At By During Since Last Earlier Later Then The Its His Her Their'.split(' '));

const ROLE_OPENING_INITIALS = new Set([...ROLE_OPENING_WORDS].map((w) => w.charCodeAt(0)));
const ROLE_OPENING_HASHES = hashesOf(ROLE_OPENING_WORDS);

/** Where the first space of `text[start, end)` stands (`end` when it has none): the first word ends there. */
function firstSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && !isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

const isRoleWord = (word: string) => ROLE_WORDS.has(word);

/** What stands before the first space of a text, the whole text when it has none (`split(' ')[0]`, without the array). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

// The role words are lower-case ASCII: an ASCII word whose hash (of its letters in lower case) none
// of them has is no role word.
const ROLE_WORD_HASHES = hashesOf(ROLE_WORDS);

// The words the role subject's words end at: spaces and the characters `ROLE_OPENING`'s phrase stops at.
const isRoleStop = (c: number) =>
  isJsSpace(c) ||
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 46 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 34 ||
  c === 0xab ||
  c === 0xbb;
/** How many words `ROLE_OPENING` may read before a role: four of its opening, four of the phrase. */
const ROLE_WORD_REACH = 8;

/**
 * Whether a role word (as written: lower-case letters and hyphens) is one of the first words of
 * `text[start, end)` before a character that ends `ROLE_OPENING`'s phrase: else `roleSubject` has
 * none to find. (Read by code with the role words' hash filter: most sentences that open with "The"
 * open with no role, and are spared the pattern, its match and the split of its phrase.)
 */
function roleWordOpens(text: string, start: number, end: number): boolean {
  let i = start;
  for (let words = 0; words < ROLE_WORD_REACH && i < end; words++) {
    while (i < end && isJsSpace(text.charCodeAt(i))) i++;
    const wordStart = i;
    // (The hash of a word in lower case is made as it is read, as `wordHashOf` makes it; a lower-case
    // letter or hyphen is read without the stop test, which most characters would pass.)
    let hash = 0;
    let lower = true;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || c === 45) hash = (Math.imul(hash, 31) + c) | 0;
      else if (isRoleStop(c)) break;
      else lower = false;
    }
    if (lower && i > wordStart && mayHold(ROLE_WORD_HASHES, hash) && ROLE_WORDS.has(text.slice(wordStart, i)))
      return true;
    if (i < end && !isJsSpace(text.charCodeAt(i))) return false; // the phrase ends here
  }
  return false;
}

/**
 * "The judge rejected …", "The Italian premier had arrived …", "The head coach said …": a role
 * opening the sentence (`paragraph[start, end)`): up to three modifiers, the first role word, and
 * any role words right after it.
 */
function roleSubject(paragraph: string, start: number, end: number): string | null {
  // The pattern needs one of its opening words, then a space: most sentences open otherwise. (Their
  // first letters first, then the first word's hash: most sentences are turned away before their
  // first word, or the sentence, is cut.)
  if (!ROLE_OPENING_INITIALS.has(paragraph.charCodeAt(start))) return null;
  const space = firstSpace(paragraph, start, end);
  if (
    !mayHold(ROLE_OPENING_HASHES, wordHashOf(paragraph, start, space)) ||
    !ROLE_OPENING_WORDS.has(paragraph.slice(start, space)) ||
    !roleWordOpens(paragraph, start, end)
  )
    return null;
  const text = paragraph.slice(start, end);
  // A short phrase of time may open the sentence without a comma: "In October the Polish premier had …".
  const words =
    (wholeLatin1(paragraph) ? ROLE_OPENING.latin1 : latin1PatternFor(ROLE_OPENING, text))
      .exec(text)?.[1]
      ?.split(/\s+/, 6) ?? [];
  const first = words.findIndex(isRoleWord);
  if (first < 0 || first > 3) return null;
  let last = first;
  while (last + 1 < words.length && ROLE_WORDS.has(words[last + 1]!)) last++;
  // The role is followed by its verb, not by more of a name ("The chief of staff Ana Roy").
  if (last + 1 >= words.length || !/^\p{Ll}/u.test(words[last + 1]!)) return null;
  return words.slice(0, last + 1).join(' ');
}
// What may stand between a sentence's start and the name that is its subject: capitalised words or
// a description that ends in a role ("Lumberjacks coach", "The maritime minister,").
const BEFORE_NAME_CAPITALS = latin1Pattern(/^(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u);
const BEFORE_NAME_ROLE = latin1Pattern(
  /^(?:(?:The|the|Its|His|Her|Their|\p{Lu}[\p{L}'’-]*['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}-]+),?\s+$/u,
);

/** The word after the spaces that open `text`, when it is in ASCII lower case; else "". (By
 * character code: this is asked of every one-word name that may open a sentence.) */
function nextLowerWord(text: string): string {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  if (i === 0) return '';
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    i++;
  }
  return text.slice(start, i);
}

const CLAUSE_OPENER = /(?:[,;]\s+(?:and|but|while|whereas)|;)\s+$/;

/** Whether a comma or a semicolon stands in `text[start, end)`. */
function commaOrSemicolonIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return true;
  }
  return false;
}
const POSSESSIVE_AFTER = /^['’]s?\s/;
// "Stags head coach Ana Roy": lower-case words ending in a role, then a capital. (A verb there is
// no description: "Ana Roy thanked Maria Lopez" is about Ana Roy.)
const DESCRIPTION_AFTER = latin1Pattern(/^\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+\p{Lu}/u);
const COORDINATED_AFTER = latin1Pattern(
  /^(?:,[^,.;]{1,60},)?\s+(?:and|&)\s+(?:(?:his|her|their)\s+\p{Ll}+(?:,\s*)?\s*)?\p{Lu}/u,
);

/** Whether `text[start, end)` is all ASCII and its hash is no role word's: then it is no role word. */
function asciiNonRoleWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return !mayHold(ROLE_WORD_HASHES, wordHashOf(text, start, end));
}

/**
 * Whether the word `BEFORE_NAME_ROLE` takes for the role, when it matches, is a role word: the last
 * one of the text, before the spaces and the comma that end it (its role word follows a space or
 * opens the text).
 */
function endsWithRoleWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 44) end--;
  let start = end;
  while (start > 0 && !isJsSpace(text.charCodeAt(start - 1))) start--;
  // (An ASCII word is turned away by its hash before it is cut and lower-cased: most last words are
  // no role word. Only ASCII letters, the hyphen and the Kelvin sign, which is not ASCII, lower-case
  // into a role word's characters.)
  if (asciiNonRoleWord(text, start, end)) return false;
  return ROLE_WORDS.has(text.slice(start, end).toLowerCase());
}

// `isLatin1Text` (ascii-words.ts) as a pattern: a character it does not let through. (Read for a
// whole paragraph, a pattern is about four times as fast as the loop over its codes.)
const NOT_LATIN1 = /[^\x00-\xa9\xab-\xb4\xb6-\xb9\xbb-\xff\u2000-\u206f\u20a0-\u20cf]/;

// The subjects of a paragraph's sentences are read one after another: its last answer is kept.
let latin1Paragraph = '';
let latin1ParagraphIs = true;
/** `isLatin1Text(text)`, kept for the paragraph last asked about. */
export function wholeLatin1(text: string): boolean {
  if (text !== latin1Paragraph) {
    latin1Paragraph = text;
    latin1ParagraphIs = !NOT_LATIN1.test(text);
  }
  return latin1ParagraphIs;
}

export class SubjectTracker {
  private block = 0;
  private sentence = 0;

  constructor(
    private readonly source: SubjectSource,
    private readonly registry: EntityRegistry,
  ) {}

  /** Reads the subjects of every sentence that starts before a position, or at it. */
  advanceTo(position: number): void {
    const { blocks, sentencesOf } = this.source;
    while (this.block < blocks.length) {
      const { block, text } = blocks[this.block]!;
      const sentences = sentencesOf(block);
      if (this.sentence >= sentences.length) {
        this.block++;
        this.sentence = 0;
        continue;
      }
      const range = sentences[this.sentence]!;
      const at = globalPosition(block, range.start);
      if (at > position) return;
      this.registry.sentenceStarts.push(at);
      this.readSubject(block, text, range);
      this.sentence++;
    }
  }

  private readSubject(block: number, text: string, range: Range): void {
    // The sentence's own start first; after an opening phrase only when the start holds no subject
    // ("Bouchard, now 70, cooked …" is about Bouchard, not about what follows the comma).
    // After a dateline ("PORTVILLE: Mayor Tom Vell on Sunday …"), the sentence's own words start.
    const lead = datelineLeadAt(text, range.start, range.end);
    if (!this.subjectAt(block, text, range, lead)) {
      const opening = openingLength(text, range.start + lead, range.end);
      if (opening) this.subjectAt(block, text, range, lead + opening);
    }
    this.readClauseSubjects(block, text, range);
  }

  /**
   * "Roy argued that …, and Mr Justice Hale accepted that reading.": a name that opens a clause after
   * ", and" or ";" is that clause's subject, and the later one of the sentence.
   */
  private readClauseSubjects(block: number, text: string, range: Range): void {
    const mentions = this.source.mentionsOf(block);
    for (let i = lowerBound(this.source.mentionStartsOf(block), range.start + 1); i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.start >= range.end) break;
      if (m.kind !== 'person' || this.source.insideQuote(m)) continue;
      const runStart = m.title ? text.lastIndexOf(firstWord(m.title), m.start) : m.start;
      if (runStart < 0) continue;
      // (The opener holds a comma or a semicolon: most names follow neither, and are spared the
      // pattern and the cut of the words before them.)
      const from = Math.max(range.start, runStart - 16);
      if (!commaOrSemicolonIn(text, from, runStart) || !CLAUSE_OPENER.test(text.slice(from, runStart))) continue;
      // After a colon the sentence gives content ("remembers the first one: … and Roy had made …"), not a new clause of its own.
      // (Looked for only once a clause opens here: most names open none.)
      if (text.slice(range.start, m.start).includes(':')) continue;
      if (!/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 20))) continue;
      const entity = this.registry.findByName(m.name, globalPosition(block, m.start));
      if (entity) this.registry.seeAsSubject(entity, globalPosition(block, m.start));
    }
  }

  private subjectAt(block: number, text: string, range: Range, offset: number): boolean {
    const start = range.start + offset;
    // (The sentence's first 160 characters, as the role reading takes them; cut only for that.)
    const end = Math.min(range.end, start + 160);
    const at = globalPosition(block, start);
    const pronoun = openingPronoun(text, start, end);
    if (pronoun) {
      const entity = this.registry.findByPronoun(GENDER[pronoun], at);
      if (entity) this.registry.seeAsSubject(entity, at);
      return entity !== null;
    }
    // Every piece of a Latin-1 paragraph is Latin-1: one scan per paragraph instead of one per piece.
    // (Asked where a pattern is chosen, not here: a paragraph whose sentences open with no name and
    // no role is never scanned.)
    const mentions = this.source.mentionsOf(block);
    for (let i = lowerBound(this.source.mentionStartsOf(block), start); i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.start >= start + 80 || this.source.insideQuote(m)) break;
      const before = text.slice(start, m.start);
      // (Nothing before the name passes at once; the role pattern is read only when the capitals fail.)
      // (Each pattern in its exact Latin-1 form when the text allows: the Unicode forms were 1% of the ingest.)
      if (
        before !== '' &&
        !(wholeLatin1(text) ? BEFORE_NAME_CAPITALS.latin1 : latin1PatternFor(BEFORE_NAME_CAPITALS, before)).test(before)
      ) {
        // (Its role is the last word: a look-up of that word turns most away before the pattern is read.)
        if (!endsWithRoleWord(before)) break;
        // (Only tested: the word it would take for the role is the one just found to be a role word.)
        if (!(wholeLatin1(text) ? BEFORE_NAME_ROLE.latin1 : latin1PatternFor(BEFORE_NAME_ROLE, before)).test(before))
          break;
      }
      // (A name of unknown kind is passed by before the words after it are cut and read.)
      if (m.kind === 'unknown') continue;
      const after = text.slice(m.end, m.end + 60);
      // "Kayla’s mother, Ana Roy, …" and "Stags head coach Ana Roy": the possessor or the team
      // stands before the subject, which comes next.
      const latin1After = wholeLatin1(text) || isLatin1Text(after);
      // "The Italian premier had arrived …": one capitalised word before a role describes the role.
      if (m.tokens.length === 1 && ROLE_WORDS.has(nextLowerWord(after))) continue;
      if (POSSESSIVE_AFTER.test(after)) continue;
      // (The description pattern only for a name the tests above kept.)
      const description = (latin1After ? DESCRIPTION_AFTER.latin1 : DESCRIPTION_AFTER.unicode).exec(after);
      if (description && ROLE_WORDS.has(description[1]!)) continue;
      // "Ana Roy and her niece, Eva Roy, have …": two people together are no one person's subject.
      if ((latin1After ? COORDINATED_AFTER.latin1 : COORDINATED_AFTER.unicode).test(after)) return true;
      const entity = this.registry.findByName(m.name, globalPosition(block, m.start));
      if (entity) this.registry.seeAsSubject(entity, globalPosition(block, m.start));
      return entity !== null;
    }
    const role = roleSubject(text, start, end);
    if (role) {
      // "… was Ana Roy. The Italian premier had arrived …": a role no one has yet is the description of
      // the person the sentence before was about (news copy names, then describes).
      const byRole = this.registry.findByRole(`the ${role}`, at);
      // (A person who already has another role is not this one: a mayor is not "the leader of the Senate".)
      const previous = byRole ? null : this.personOfPreviousSentence(at);
      const entity = byRole ?? (previous && roleFits(previous, role) ? previous : null);
      if (entity) {
        if (!byRole) this.registry.addRole(entity, role);
        this.registry.seeAsSubject(entity, at);
      }
      return entity !== null;
    }
    return false;
  }

  /** The one person named in the sentence before a position (a subject first), if there is exactly one. */
  private personOfPreviousSentence(at: number): Entity | null {
    const starts = this.registry.sentenceStarts;
    const previous = starts[starts.length - 2];
    return previous === undefined ? null : this.registry.onlyPersonSeenBetween(previous, at);
  }
}
