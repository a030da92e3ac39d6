/**
 * Reported speech introduced by a verb: "X said (that) …", "told the court during the trial that …",
 * "asked whether …", ", saying …", coordinated verbs that share the subject ("and insisted …",
 * "but denied that …") and relative ones that bring their own (", who assured him that …").
 *
 * The verb is found by looking words up in the table of reporting verbs; what may stand between the
 * verb and its clause (an addressee, a phrase of time or place) is read word by word with the closed
 * classes of `clause-words.ts`. A clause without "that" counts only when it reads as one: "admitted
 * the error" is an object, "admitted the team had erred" is a clause (it has a finite verb).
 */
import {
  countLetterWords,
  hashesOf,
  isAscii,
  isJsSpace,
  mayHold,
  wordHashOf,
  type WordHashes,
} from '../text/ascii-words';
import { ORGANISATION_WORDS, PLACE_NOUNS, ROLE_WORDS } from './lexicon';
import { NATIONALITY } from './name-mentions';
import { plausibleSubject } from './plausible-subject';
import { takes, VERB_FORMS, WORDS_A_VERB_NEEDS, type VerbForm } from './reporting-verbs';
import { subjectBefore, withoutAuxiliaries } from './subject-before';
import {
  ADVERBS,
  AUXILIARIES,
  capitalised,
  CLAUSE_OPENERS,
  DETERMINERS,
  isNumber,
  MODALS,
  MONTHS,
  NEGATIONS,
  notClauseStart,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  type Token,
  wordsBeforeBreak,
} from './clause-words';

export interface ReportedClause {
  /** Offsets in the sentence's paragraph. */
  cueStart: number;
  clauseStart: number;
  clauseEnd: number;
  /** The subject's words, or null when the clause continues the previous one (same speaker). */
  phrase: string | null;
  phraseAt: number;
  /** Index in the result of the clause whose speaker this one shares. */
  parent: number | null;
}

const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„', '‘', '’']);
const isClauseVerb = (v: VerbForm) => takes(v.verb, 'that') || takes(v.verb, 'bare') || takes(v.verb, 'wh');
/** The forms of the verb table whose verb reports a clause: one look-up, not one and three frame tests. */
export const CLAUSE_VERB_FORMS: ReadonlyMap<string, VerbForm> = new Map(
  [...VERB_FORMS].filter(([, v]) => isClauseVerb(v)),
);

/** A verb form that can report a clause, at a token. */
function verbAt(tokens: Token[], i: number): VerbForm | null {
  const t = tokens[i];
  if (!t?.word) return null;
  // Read once per token: the clause and split scans ask again for the same words.
  if (t.verb !== undefined) return t.verb;
  // Inside a sentence a capitalised word is a name or a title ("Judge Brandt"), not a verb.
  const v = i > 0 && capitalised(t) ? undefined : CLAUSE_VERB_FORMS.get(t.lower);
  t.verb = v && !(v.form === 'base' && NOUN_TOO.has(t.lower) && !verbBefore(tokens[i - 1])) ? v : null;
  return t.verb;
}

// Bases that are nouns at least as often ("the state Senate", "a report", "his claim"): a verb only
// after a pronoun, an auxiliary, "to" or a plural subject ("they state that", "will report",
// "did not claim", "officials state").
const NOUN_TOO = new Set([
  'state',
  'report',
  'claim',
  'post',
  'charge',
  'comment',
  'note',
  'answer',
  'reply',
  'promise',
  'warn',
  'tweet',
  'point',
  'plead',
  'question',
  'protest',
  'signal',
  'hint',
  'appeal',
  'pledge',
  'text',
  'echo',
  'rule',
  'reason',
  'estimate',
  'forecast',
  'judge',
  'order',
  'stress',
  'vow',
  'caution',
  'brief',
  'counter',
  'cite',
  'quote',
]);
const BEFORE_A_BASE_VERB = new Set([
  'i',
  'we',
  'you',
  'they',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'to',
  'do',
  'did',
  'does',
  'not',
  'never',
  'also',
  'often',
  'always',
  'still',
]);
function verbBefore(t: Token | undefined): boolean {
  // ("Officials state that …": a plural subject right before the base.)
  // (Not a possessive: "Oregon's state Senate" is a noun after its owner.)
  return (
    t !== undefined &&
    t.word &&
    (BEFORE_A_BASE_VERB.has(t.lower) ||
      (t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !/['’]s$/.test(t.lower)))
  );
}

/** Whether a closing quotation mark and its comma stand among the few words before the verb: it is the quote's cue. */
function citesQuoteBefore(tokens: Token[], verbIndex: number): boolean {
  for (let k = verbIndex - 1; k >= Math.max(1, verbIndex - 8); k--)
    if (
      (QUOTE_MARKS.has(tokens[k]!.text) && tokens[k - 1]!.text === ',') ||
      (tokens[k]!.text === ',' && QUOTE_MARKS.has(tokens[k - 1]!.text))
    )
      return true;
  return false;
}

/**
 * Whether the cue is an aside: a comma among the few words before the verb (", she said,"), or "as"
 * opening them ("As the mayor said, the city …": what follows is the writer's, the cue agrees with it).
 */
function asideCue(tokens: Token[], verbIndex: number): boolean {
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 5); k--) {
    const t = tokens[k]!;
    if (t.text === ',' || (t.lower === 'as' && (k === 0 || tokens[k - 1]!.text === ','))) return true;
  }
  return false;
}

const TIME_DETERMINERS = new Set(['this', 'last', 'next']);
const isTimeWord = (t: Token) => ADVERBS.has(t.lower) || MONTHS.has(t.lower);

/** Skips one phrase of time or place: "on Tuesday", "in a statement", "during the week-long trial". */
function skipPhrase(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t?.word) return i;
  if (ADVERBS.has(t.lower)) {
    // "this", "last", "next" make a time only with a time word after ("this morning"): in "said this
    // was a sad case" the clause opens with "this".
    if (TIME_DETERMINERS.has(t.lower) && !(tokens[i + 1]?.word && isTimeWord(tokens[i + 1]!))) return i;
    let j = i + 1;
    // "last week", "late Monday", "this morning"
    while (tokens[j]?.word && (ADVERBS.has(tokens[j]!.lower) || MONTHS.has(tokens[j]!.lower))) j++;
    return j;
  }
  if (MONTHS.has(t.lower) && capitalised(t)) return isNumber(tokens[i + 1] ?? t) && tokens[i + 1] ? i + 2 : i + 1;
  if (!PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'for') return i;
  let j = i + 1;
  const first = tokens[j];
  if (
    !first?.word ||
    first.lower === 'that' ||
    (SUBJECT_PRONOUNS.has(first.lower) && !OBJECT_PRONOUNS.has(first.lower))
  )
    return i;
  // A name, a number or a date ends the phrase: "on Parliament Hill", "in 2020", "in March".
  if (capitalised(first) || isNumber(first)) {
    while (tokens[j] && (capitalised(tokens[j]!) || isNumber(tokens[j]!))) j++;
    return j;
  }
  if (OBJECT_PRONOUNS.has(first.lower)) return j + 1;
  if (DETERMINERS.has(first.lower)) {
    j++;
    // Up to four words of the noun phrase, until something opens a clause or another phrase.
    for (let n = 0; n < 4 && tokens[j]?.word; n++, j++) {
      const w = tokens[j]!.lower;
      if (
        w === 'that' ||
        DETERMINERS.has(w) ||
        SUBJECT_PRONOUNS.has(w) ||
        PREPOSITIONS.has(w) ||
        AUXILIARIES.has(w) ||
        CLAUSE_OPENERS.has(w) ||
        isNumber(tokens[j]!)
      )
        break;
    }
    return j;
  }
  // "in court", "in parliament": one bare word.
  return CLAUSE_OPENERS.has(first.lower) ? i : j + 1;
}

/**
 * Where the addressee of "told", "warned", "assured" may end: "him", "reporters", "the court",
 * "Radio Hexley", "local reporters", "analysts" (in "told analysts labour costs would rise").
 * Returns the candidate ends, shortest first; the caller keeps the one a clause follows.
 */
function objectEnds(tokens: Token[], i: number): number[] {
  const t = tokens[i];
  if (!t?.word || t.lower === 'that') return [];
  if (OBJECT_PRONOUNS.has(t.lower)) return [i + 1];
  let j = i;
  if (capitalised(t) && !DETERMINERS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower)) {
    while (tokens[j] && capitalised(tokens[j]!) && !SUBJECT_PRONOUNS.has(tokens[j]!.lower)) j++;
    return [j];
  }
  if (DETERMINERS.has(t.lower)) j++;
  const out: number[] = [];
  for (let n = 0; n < 3 && tokens[j]?.word; n++) {
    const w = tokens[j]!;
    if (
      w.lower === 'that' ||
      DETERMINERS.has(w.lower) ||
      SUBJECT_PRONOUNS.has(w.lower) ||
      PREPOSITIONS.has(w.lower) ||
      AUXILIARIES.has(w.lower) ||
      CLAUSE_OPENERS.has(w.lower) ||
      isNumber(w)
    )
      break;
    // "the Northern Chronicle": a name ends the object, or the noun it qualifies ("a High Court judge").
    if (capitalised(w)) {
      while (tokens[j + 1] && capitalised(tokens[j + 1]!)) j++;
      const ends = [...out, j + 1];
      for (let k = j + 1; k < j + 3 && tokens[k]?.word && !capitalised(tokens[k]!) && !notInObject(tokens[k]!); k++)
        ends.push(k + 1);
      return ends;
    }
    j++;
    out.push(j);
  }
  return out;
}

/** A word that cannot continue an addressee: "that", a determiner, a pronoun, a preposition, an auxiliary. */
function notInObject(t: Token): boolean {
  return (
    t.lower === 'that' ||
    DETERMINERS.has(t.lower) ||
    SUBJECT_PRONOUNS.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    CLAUSE_OPENERS.has(t.lower)
  );
}

/** Of the possible ends of an addressee, the one a clause (or "that") follows. */
function skipObject(tokens: Token[], i: number): number {
  const ends = objectEnds(tokens, i);
  const strong = ends.find((j) => {
    const t = tokens[j];
    return (
      t !== undefined &&
      (t.lower === 'that' ||
        DETERMINERS.has(t.lower) ||
        SUBJECT_PRONOUNS.has(t.lower) ||
        capitalised(t) ||
        isNumber(t) ||
        PREPOSITIONS.has(t.lower) ||
        ADVERBS.has(t.lower))
    );
  });
  return (
    strong ?? ends.find((j) => hasFiniteVerb(tokens, j, 10) && opensClause(tokens[j])) ?? ends[ends.length - 1] ?? i
  );
}

// Common irregular past tenses, which show a finite verb as "-ed" does for the regular ones.
const IRREGULAR_PAST = new Set([
  'rose',
  'fell',
  'grew',
  'went',
  'came',
  'made',
  'took',
  'got',
  'gave',
  'saw',
  'knew',
  'left',
  'kept',
  'began',
  'ran',
  'won',
  'lost',
  'paid',
  'sold',
  'met',
  'led',
  'held',
  'brought',
  'thought',
  'found',
  'told',
  'said',
  'felt',
  'became',
  'spent',
  'sent',
  'built',
  'broke',
  'chose',
  'drove',
  'flew',
  'forgot',
  'hid',
  'meant',
  'stood',
  'struck',
  'taught',
  'understood',
  'wrote',
  'burst',
  'cost',
  'shut',
  'quit',
  'spread',
]);

// What a clause after a reporting verb needs somewhere after the verb (see `mayReportClause`):
// "that", "whether" or "if", an aside between commas that clauseAfter steps over, or a sign of a
// finite verb as `hasFiniteVerb` reads it (an auxiliary, an irregular past, a word ending in
// "-ed"). Bounded as the tokens are: no ASCII letter or digit on either side (the tokens' letters
// and digits include those). (Case-blind: the tokens are read lower-cased.)
const CLAUSE_SIGN = new RegExp(
  `(?<![A-Za-z0-9])(?:${[
    'that',
    'whether',
    'if',
    'however',
    'though',
    'too',
    'also',
    'again',
    'moreover',
    'nonetheless',
    ...AUXILIARIES,
    ...IRREGULAR_PAST,
  ].join('|')})(?![A-Za-z0-9])|[a-z]ed(?![A-Za-z0-9])`,
  'i',
);
// A subject pronoun and its verb in one word: "it's", "there’s", "he'd".
const PRONOUNS_CONTRACTED = '(?:it|he|she|there|that|they|we|i|you)';
const CONTRACTED_VERBS = '(?:s|re|m|ll|d|ve)';
const CURLY_CONTRACTION = new RegExp(`(?<![A-Za-z0-9])${PRONOUNS_CONTRACTED}’${CONTRACTED_VERBS}(?![A-Za-z0-9])`, 'i');
/** A "say" verb reports a clause without a sign of one before this many words ("said second-hand bikes now outsell …"). */
const SAY_CLAUSE_WORDS = 5;

/**
 * False when no clause verb among `words` (the sentence's words that may be one, in order, with
 * others) can report a clause in `text[…, end)`: every way `clauseAfter` finds one needs a sign of
 * it after the verb (`CLAUSE_SIGN`), or, for "say", five words before the next comma. A sentence
 * whose verbs have neither is spared its tokens. (Not for text with the Kelvin sign: its tokens
 * lower-case it into a "k" that the sign's ASCII cannot see.)
 */
export function mayReportClause(text: string, words: readonly { word: string; end: number }[], end: number): boolean {
  let firstEnd = -1;
  for (const w of words) {
    const v = CLAUSE_VERB_FORMS.get(w.word);
    if (!v) continue;
    if (firstEnd < 0) firstEnd = w.end;
    if (v.verb.lemma === 'say' && wordsBeforeBreak(text, w.end, end, SAY_CLAUSE_WORDS) >= SAY_CLAUSE_WORDS) return true;
  }
  if (firstEnd < 0) return false;
  const after = text.slice(firstEnd, end);
  // (A contraction with a curly apostrophe, "there’s", is looked for only where one stands.)
  return CLAUSE_SIGN.test(after) || (after.includes('’') && CURLY_CONTRACTION.test(after));
}

/** True when the words from `i` read as a clause: a finite verb before the first comma. */
function hasFiniteVerb(tokens: Token[], i: number, limit: number, throughCommas = false): boolean {
  let afterDeterminer = false;
  for (let j = i; j < Math.min(tokens.length, i + limit); j++) {
    const t = tokens[j]!;
    if (!t.word) {
      if (t.text === ';' || t.text === ':' || (t.text === ',' && !throughCommas)) return false;
      continue;
    }
    // "denies all charges and did not speak": a second verb phrase, not a clause.
    if (j > i && (t.lower === 'and' || t.lower === 'but' || t.lower === 'or')) return false;
    if (AUXILIARIES.has(t.lower) || isSubjectContraction(t.lower) || (j > i && IRREGULAR_PAST.has(t.lower)))
      return true;
    // "the team erred": a past tense after the subject; "the increased cost" is an adjective.
    if (j > i && !afterDeterminer && /[a-z]ed$/.test(t.lower) && !capitalised(t)) return true;
    afterDeterminer = DETERMINERS.has(t.lower);
  }
  return false;
}

/** How many words follow a token up to the next comma or the end. */
function wordsFrom(tokens: Token[], i: number): number {
  let n = 0;
  for (let j = i; j < tokens.length && tokens[j]!.text !== ',' && tokens[j]!.text !== ';'; j++)
    if (tokens[j]!.word) n++;
  return n;
}

/** `/^\p{Ll}+(?:ed|ing)$/u.test(word)`, the pattern read only for a word with one of its endings. */
const participleLike = (word: string) =>
  (word.endsWith('ed') || word.endsWith('ing')) && /^\p{Ll}+(?:ed|ing)$/u.test(word);

/** A form of a reporting verb other than the third person ("says"): one look-up for both questions. */
function notThirdPersonForm(word: string): boolean {
  const form = VERB_FORMS.get(word)?.form;
  return form !== undefined && form !== 'third';
}

/** A word that can open a clause after a verb (its subject, or a conjunction like "when"). */
function opensClause(t: Token | undefined, next?: Token): boolean {
  // A quotation mark right after the verb opens a direct quote, not reported speech.
  if (!t?.word) return false;
  // "said it's likely", "said there's no risk": a subject with its verb in one word opens the clause.
  if (isSubjectContraction(t.lower)) return true;
  if (
    notClauseStart(t, next) ||
    (PREPOSITIONS.has(t.lower) && !(t.lower === 'about' && next && isNumber(next))) ||
    AUXILIARIES.has(t.lower) ||
    // ("US" in capitals is the country: "said US marshals were …".)
    (OBJECT_PRONOUNS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !DETERMINERS.has(t.lower) && t.text !== 'US')
  )
    return false;
  // "told there would be …" after "agreed to go …": a clause opens with its subject, not a verb.
  if (!capitalised(t) && (participleLike(t.text) || notThirdPersonForm(t.lower))) return false;
  return true;
}

const SUBJECT_CONTRACTION = new RegExp(`^${PRONOUNS_CONTRACTED}['’]${CONTRACTED_VERBS}$`);
/** (The pattern is read only for a word with an apostrophe: every token of a clause is asked.) */
const isSubjectContraction = (word: string) =>
  (word.includes("'") || word.includes('’')) && SUBJECT_CONTRACTION.test(word);
const SAY_LIKE = new Set(['say', 'tell']);
// The frames clauseAfter tries, in order: with an addressee, without, or either.
const WITH_OBJECT = [true];
const WITHOUT_OBJECT = [false];
const OBJECT_OR_NOT = [true, false];
// Small closed classes of clauseAfter and the verb scan, looked up rather than matched.
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'where']);
const ASIDES = new Set(['however', 'though', 'too', 'also', 'again', 'moreover', 'nonetheless']);
// The conjunctions that may open what "said" reports ("said when the ferry stopped, …").
// Those that tell when: after a quote's cue they time the quote ("“…,” Roy said Tuesday when …"); an
// "if" or "because" clause there is still what was said.
const TIME_OPENERS = new Set(['when', 'while', 'once']);
const OPENERS_OF_A_SAID_CLAUSE = new Set(['when', 'if', 'because', 'while', 'although', 'once', 'unless', 'since']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
// "opened by telling MPs …": a participle after these reports; ", saying …" after a comma too.
const BEFORE_A_PARTICIPLE_CUE = new Set(['by', 'before', 'after']);
// ("hit back saying": the particle of a verb of answering.)
const BEFORE_A_PARTICIPLE = new Set(['by', 'before', 'after', 'while', 'when', 'and', 'back']);
// "and also insisted", "but then denied"
const BEFORE_A_SECOND_VERB = new Set(['also', 'then', 'later', 'further', 'again']);

/**
 * Where the clause a verb reports starts (token index), or -1. Tries the verb's frames in the order
 * English prefers: a "that" after the addressee and phrases, then "whether", then a bare clause.
 * A new way to find a clause here needs its sign in `CLAUSE_SIGN` too, or `mayReportClause` will
 * skip the sentence before this runs (a property test over generated sentences watches the pair).
 */
export function clauseAfter(tokens: Token[], verbIndex: number, v: VerbForm): number {
  // "told" needs its addressee ("told the story" is no report); "warned (councils) that" may have one.
  const plans = v.verb.lemma === 'tell' ? WITH_OBJECT : takes(v.verb, 'obj') ? OBJECT_OR_NOT : WITHOUT_OBJECT;
  for (const withObject of plans) {
    let i = verbIndex + 1;
    // "agreed to go", "urged voters to stay": an infinitive is a plan or a request, not a statement.
    if (tokens[i]?.lower === 'to' && takes(v.verb, 'to')) return -1;
    // "pointed out that", "summed up"
    if (tokens[i]?.lower === 'out' || tokens[i]?.lower === 'up' || tokens[i]?.lower === 'back') i++;
    const needed = WORDS_A_VERB_NEEDS.get(v.verb.lemma);
    if (needed) {
      const run = needed.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
      if (!run) return -1;
      i += run.length;
    }
    if (withObject) {
      const j = skipObject(tokens, i);
      if (j === i && v.verb.lemma === 'tell') return -1;
      i = j;
    }
    for (let guard = 0; guard < 6; guard++) {
      const j = skipPhrase(tokens, i);
      if (j === i) break;
      i = j;
    }
    // "warning the public, which filled every seat, that …": a relative clause on the addressee.
    if (tokens[i]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? '')) {
      let k = i + 2;
      while (k < tokens.length && k < i + 25 && tokens[k]!.text !== ',') k++;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'that') i = k + 1;
    }
    // "he told reporters later, the offer stands": after the verb's own phrases a comma may stand
    // before the clause; and right after the verb, as South Asian English writes it ("He said, he …"),
    // unless the cue is an aside itself ("We will not stop, she said, we are ready …": both halves are
    // the quote the aside interrupts).
    if (
      tokens[i]?.text === ',' &&
      (i > verbIndex + 1 || !asideCue(tokens, verbIndex)) &&
      takes(v.verb, 'bare') &&
      tokens[i + 1] &&
      (SUBJECT_PRONOUNS.has(tokens[i + 1]!.lower) || DETERMINERS.has(tokens[i + 1]!.lower)) &&
      hasFiniteVerb(tokens, i + 1, 8)
    )
      return i + 1;
    // "said, despite the rain, the match would go ahead": a phrase between commas, opened
    // by a preposition, between the verb and its clause (not when the cue is itself an aside).
    if (
      tokens[i]?.text === ',' &&
      i === verbIndex + 1 &&
      !asideCue(tokens, verbIndex) &&
      takes(v.verb, 'bare') &&
      (PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'despite')
    ) {
      let k = i + 2;
      while (k < tokens.length && k < i + 14 && tokens[k]!.word) k++;
      if (tokens[k]?.text === ',') {
        const clause = tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
        if (opensClause(tokens[clause], tokens[clause + 1]) && hasFiniteVerb(tokens, clause, 10)) return clause;
      }
    }
    // ", however," / ", though,": an aside between the verb and its clause.
    if (tokens[i]?.text === ',' && ASIDES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',') i += 3;
    const t = tokens[i];
    if (!t) return -1;
    if (t.lower === 'that' && takes(v.verb, 'that')) {
      const next = tokens[i + 1];
      // "insists that is not true": right after the verb, "that" + a verb is the clause's subject.
      if (next && AUXILIARIES.has(next.lower) && i === verbIndex + 1 && takes(v.verb, 'bare')) return i;
      // "adds that after the final whistle objects were thrown": a clause may open with a phrase.
      if (
        next &&
        ((PREPOSITIONS.has(next.lower) && next.lower !== 'to' && next.lower !== 'of') ||
          CLAUSE_OPENERS.has(next.lower)) &&
        hasFiniteVerb(tokens, i + 2, 20, true)
      )
        return i + 1;
      // "stated that going forward, parades …", "said that frankly, the fund …": a short opening phrase
      // of a participle or an adverb, then a comma and the clause's finite verb.
      if (next && (next.lower.endsWith('ing') || next.lower.endsWith('ly')) && next.lower.length > 4) {
        let k = i + 2;
        while (k < tokens.length && k < i + 6 && tokens[k]!.word) k++;
        if (tokens[k]?.text === ',' && hasFiniteVerb(tokens, k + 1, 12)) return i + 1;
      }
      // "said that, like every other year, the governor was invited": an aside between "that" and its clause.
      if (next?.text === ',') {
        let k = i + 2;
        while (k < tokens.length && k < i + 12 && tokens[k]!.text !== ',') k++;
        if (tokens[k]?.text === ',' && k > i + 2 && hasFiniteVerb(tokens, k + 1, 12)) return k + 1;
      }
      // "added that missing a lesson was …", "said that rising fares are …": an -ing word opening the clause.
      if (next && (adjectiveBeforeClause(tokens, i + 1) || gerundSubject(tokens, i + 1))) return i + 1;
      // "that was approved" (a relative pronoun) and "that claim" (a determiner) open no clause.
      // "wrote that ‘The Salt Road’ is …": a clause may open with a quotation.
      if (next && !next.word && QUOTE_MARKS.has(next.text)) return i + 1;
      if (
        next &&
        opensClause(next, tokens[i + 2]) &&
        (DETERMINERS.has(next.lower) ||
          SUBJECT_PRONOUNS.has(next.lower) ||
          capitalised(next) ||
          isNumber(next) ||
          CLAUSE_OPENERS.has(next.lower) ||
          hasFiniteVerb(tokens, i + 2, 10))
      )
        return i + 1;
      continue;
    }
    if ((t.lower === 'whether' || t.lower === 'if') && takes(v.verb, 'wh')) return i + 1;
    // "noted how the boy had been found", "told the inquest how she found him": a clause after "how"
    // (not "explained how to apply": a finite verb must follow).
    if (t.lower === 'how' && takes(v.verb, 'that') && hasFiniteVerb(tokens, i + 1, 12)) return i;
    // "said rising costs had hit profits": an -ing word before its noun and that clause's verb opens it.
    if (takes(v.verb, 'bare') && adjectiveBeforeClause(tokens, i)) return i;
    if (!takes(v.verb, 'bare') || !opensClause(t, tokens[i + 1]) || t.lower === 'that') continue;
    if (CLAUSE_OPENERS.has(t.lower) && !OPENERS_OF_A_SAID_CLAUSE.has(t.lower)) continue;
    // "“…,” Ana Roy said Tuesday when the results came out": the verb's words are the quote before
    // it; what "when" opens after it tells when.
    if (TIME_OPENERS.has(t.lower) && citesQuoteBefore(tokens, verbIndex)) continue;
    // "said while visiting the harbour", "said when asked about it": a participle after the
    // conjunction tells when the words were said, not what they were.
    // What was said may follow it, after "that" ("said when asked about the plan that it was sound").
    // (Not an adjective in -ing before its noun and that clause's own verb: "said while rising costs had
    // hurt families, …"; a participle takes an object with its article, or a preposition.)
    if (
      OPENERS_OF_A_SAID_CLAUSE.has(t.lower) &&
      tokens[i + 1] &&
      isAdverbialParticiple(tokens[i + 1]!.lower) &&
      !adjectiveBeforeClause(tokens, i + 1)
    ) {
      const that = thatAfterPhrase(tokens, i + 2);
      if (that >= 0 && takes(v.verb, 'that') && tokens[that + 1] && opensClause(tokens[that + 1]!, tokens[that + 2]))
        return that + 1;
      continue;
    }
    if (SAY_LIKE.has(v.verb.lemma)) {
      // Without a finite verb in sight ("he said a moment later") a clause needs more words.
      // "said the plan, which critics call rushed, would cost more": a relative clause may stand inside.
      if (
        hasFiniteVerb(tokens, i, 12) ||
        ((DETERMINERS.has(t.lower) || capitalised(t)) && hasFiniteVerb(tokens, i, 20, true))
      )
        return i;
      // "said second-hand bikes now outsell new ones": "said" takes a clause more often than anything else.
      // ("told Polish radio before going into …" has no clause: "tell" needs its finite verb.)
      if (v.verb.lemma === 'say' && wordsFrom(tokens, i) >= 5) return i;
      continue;
    }
    if (hasFiniteVerb(tokens, i, 10)) return i;
  }
  return -1;
}

/** "rising costs had …": the -ing word at `i` describes a bare noun that its clause's verb follows. */
function adjectiveBeforeClause(tokens: Token[], i: number): boolean {
  const noun = tokens[i + 1];
  if (!tokens[i]!.lower.endsWith('ing') || !noun?.word) return false;
  if (DETERMINERS.has(noun.lower) || PREPOSITIONS.has(noun.lower) || SUBJECT_PRONOUNS.has(noun.lower)) return false;
  return hasFiniteVerb(tokens, i + 2, 2);
}

/** "missing a lesson was …": after "that", an -ing word and its object are the clause's subject. */
function gerundSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word || !t.lower.endsWith('ing') || t.lower.length < 6 || !DETERMINERS.has(tokens[i + 1]?.lower ?? ''))
    return false;
  return hasFiniteVerb(tokens, i + 2, 5);
}

/** "visiting", "asked": a participle that opens a phrase of time after "while" or "when" (not "nothing"). */
function isAdverbialParticiple(word: string): boolean {
  if (word === 'asked' || word === 'questioned' || word === 'pressed') return true;
  return word.length > 5 && word.endsWith('ing') && !word.endsWith('thing');
}

/** The index of the "that" that ends a short phrase from \`from\` (no comma or stop before it), or -1. */
function thatAfterPhrase(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k;
    if (!t.word) return -1;
  }
  return -1;
}

/** True when a verb stands in a relative clause (", who last year said …"): its report ends where the main clause resumes. */
function inRelativeClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if ((t.lower === 'who' || t.lower === 'which') && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

/** Why a verb does not report anything here: passive, negated or hypothetical. */
function notAssertive(tokens: Token[], i: number, v: VerbForm): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if ((v.form === 'past' || v.form === 'participle') && PASSIVE_AUXILIARIES.has(prev)) return true;
  if (NEGATIONS.has(prev)) return true;
  // The word two back is looked up only after "to", a modal, "be" or "have" ("not to say", "never
  // would claim"): its first look-up computes a new string's hash, and most verbs follow none of those.
  if (
    (prev === 'to' || prev === 'be' || prev === 'have' || MODALS.has(prev)) &&
    NEGATIONS.has(tokens[i - 2]?.lower ?? '')
  )
    return true;
  if (v.form === 'base' && MODALS.has(prev)) return true;
  return false;
}

/** The speaker before a verb, from the sentence's words up to it. */
// A subject stands within a few hundred characters of its verb: reading only that far keeps a
// sentence of a megabyte (a paragraph without full stops) linear.
const SUBJECT_REACH = 400;

function subjectFor(
  s: string,
  base: number,
  tokens: Token[],
  i: number,
  form: string,
): { phrase: string; at: number } | null {
  const end = tokens[i]!.start - base;
  const from = Math.max(0, end - SUBJECT_REACH);
  const prefix = s.slice(from, end);
  const found = subjectIn(prefix, tokens[i - 1]?.lower === 'to', from === 0);
  if (found && form === 'base' && !AFTER_A_HELPER.has(tokens[i - 1]?.lower ?? '') && isSingular(found.phrase)) {
    // "Doctors not involved in the trial believe that …": a plain present has a plural subject,
    // so a singular noun right before it ends a phrase inside the subject; the subject opens the sentence.
    const opening = from === 0 ? leadingPhrase(prefix) : null;
    return opening && PLURAL_HEAD.test(opening.phrase) ? opening : null;
  }
  return found ? { phrase: found.phrase, at: found.at + from } : null;
}

// "Doctors not involved in …": the negated participle ends the head, as the participle does.
const NOT_BEFORE_PARTICIPLE = /^(\S+(?:\s+\S+)?)\s+not(?=\s+\p{Ll}+(?:ed|ing)\b)/u;
// After these the plain form is an infinitive or a negated present, of any person ("did not say", "will tell").
const AFTER_A_HELPER = new Set([...AUXILIARIES, 'to', 'not', "n't", 'never', 'also', 'only', 'just', 'still']);
// "the study", "a report", "his lawyer", "it": a singular phrase, which the plain present ("say") does not agree with.
const SINGULAR_PHRASE =
  /^(?:(?:the|a|an|this|that|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]*[^s\s]|he|she|it)$/iu;
const PLURAL_HEAD =
  /^\p{Lu}\p{Ll}+s(?:\s|$)|^(?:the|some|many|several|most|other)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+s(?:\s|$)/iu;
// British English gives a body or a group the plural verb: "the council say", "the family say".
const COLLECTIVE_NOUNS = new Set([
  'family',
  'crew',
  'staff',
  'public',
  'jury',
  'panel',
  'group',
  'side',
  'couple',
  'people',
]);
function isSingular(phrase: string): boolean {
  if (!SINGULAR_PHRASE.test(phrase)) return false;
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  // (But not a place: "Officials in the city say" has its subject before "in".)
  return !(ORGANISATION_WORDS.has(head) && !PLACE_NOUNS.has(head)) && !COLLECTIVE_NOUNS.has(head);
}

function subjectIn(text: string, afterTo: boolean, sentenceStart: boolean): { phrase: string; at: number } | null {
  let prefix = text;
  // "was quoted as saying": the subject stands before the passive.
  // (Read only when the prefix ends in "as": an end-anchored pattern is tried at every position.)
  const trimmed = prefix.trimEnd();
  const quoted = trimmed.endsWith('as')
    ? /\s+(?:was|were|is|are|has been|had been|have been)\s+quoted\s+as$/.exec(trimmed)
    : null;
  if (quoted) prefix = trimmed.slice(0, quoted.index);
  // "He limited himself to recall that", "went on to say that": the subject of the verb before "to".
  if (afterTo) {
    let cut = prefix.trimEnd().replace(/\s*\bto$/, '');
    for (let n = 0; n < 4; n++) {
      const found = subjectBefore(cut);
      if (
        found &&
        (/^(?:he|she|they|we|i)$/i.test(found.phrase) ||
          /^\p{Lu}/u.test(found.phrase) ||
          /^(?:the|a|an)\s/i.test(found.phrase))
      )
        return found;
      const m = /\s*\b\p{Ll}+$/u.exec(cut);
      if (!m) return null;
      cut = cut.slice(0, m.index);
    }
    return null;
  }
  // "A spokesperson for the Ministry of Transport said", "A paramedic at the scene told":
  // a sentence that opens with a description has it for its subject, all of it.
  if (sentenceStart && /^(?:an?|one|some|several|many|two|three|four|five)\s/i.test(prefix)) {
    const described = leadingPhrase(prefix);
    if (described) return described;
  }
  const found = subjectBefore(prefix);
  // "Shoppers questioned outside the market said": a noun after a preposition is its object;
  // the subject opens the sentence.
  if (found && sentenceStart && OBJECT_OF.test(prefix.slice(Math.max(0, found.at - 12), found.at))) {
    const opening = leadingPhrase(prefix);
    if (opening) return opening;
  }
  if (found && plausibleSubject(found.phrase)) return found;
  // "…, and utility crews warned": a bare plural after a conjunction is the subject of its own clause.
  if (
    found &&
    /^[a-z]+(?:\s+[a-z]+){0,2}$/.test(found.phrase) &&
    /(?:^|,|\band|\bbut)\s*$/.test(prefix.slice(0, found.at))
  )
    return found;
  const plural = /(?:,\s+(?:and\s+|but\s+)?|\b(?:and|but)\s+)((?:[a-z]+\s+){0,2}[a-z]{3,}s)\s*$/.exec(prefix);
  if (plural?.[1] && !/\b(?:is|was|has|does|this|its|his|us|as|always|perhaps|thus|whereas)$/.test(plural[1]))
    return { phrase: plural[1], at: plural.index + plural[0].indexOf(plural[1]) };
  // "Tanya Brightwater, who has pressed …, said", "Some members of the council, who asked not to be
  // named, say": the subject is what stands before the relative clause.
  const relative = !sentenceStart
    ? null
    : /^(.*?),\s+(?:who|which)\b.*,\s*$/s.exec(prefix.trimEnd() + (prefix.trimEnd().endsWith(',') ? '' : ','));
  if (relative?.[1] && prefix.trimEnd().endsWith(',')) {
    const head = relative[1];
    const described = /^(?:an?|one|some|several|many|two|three|four)\s/i.test(head) ? leadingPhrase(head) : null;
    if (described) return described;
    const named = subjectBefore(head);
    if (named && plausibleSubject(named.phrase)) return named;
  }
  return sentenceStart ? leadingPhrase(prefix) : null;
}

const OBJECT_OF = /\b(?:outside|inside|near|behind|beside|across|at|in|from|with|by|of)\s+$/;
const ADJECTIVE_BEFORE = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'of',
  'for',
  'at',
  'in',
]);

/**
 * The noun phrase that opens a short prefix, when nothing else is there: "Mayors of border towns",
 * "Shoppers questioned outside the market" (a participle after the head ends the description).
 */
function leadingPhrase(prefix: string): { phrase: string; at: number } | null {
  // (The auxiliary and adverbs between the subject and its verb are no part of it: "… trust has said".)
  const text = withoutAuxiliaries(prefix.trimEnd()).replace(NOT_BEFORE_PARTICIPLE, '$1');
  if (text.length > 200) return null;
  const words = text.split(/\s+/);
  if (!text || words.length > 10 || /[,;:“”"«»]/.test(text) || !/^\p{Lu}/u.test(text)) return null;
  let n = words.length;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (AUXILIARIES.has(w.toLowerCase())) return null;
    // (Not after an article or a preposition, where the word describes the noun after it: "The
    // head of a struggling club".)
    if (/^\p{Ll}+(?:ed|ing)$/u.test(w) && !ADJECTIVE_BEFORE.has(words[k - 1]!.toLowerCase())) {
      n = k;
      break;
    }
  }
  const phrase = words.slice(0, n).join(' ');
  return plausibleSubject(phrase) || /^(?:an?|one|some|several|many|two|three|four|five)\s/i.test(phrase)
    ? { phrase, at: 0 }
    : null;
}

/** The end of a clause: before the sentence's final marks. */
function trimEnd(s: string, base: number, end: number): number {
  let e = end - base;
  // By character codes: a pattern tried on each character, one string per character, was the cost.
  while (e > 0 && isClauseEndMark(s.charCodeAt(e - 1))) e--;
  return base + e;
}
/** `/[\s.,;:!?]/` of one character code. */
const isClauseEndMark = (c: number) =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || isJsSpace(c);

/**
 * The reported clauses of one sentence, in order. `quoted` tells whether a position is inside
 * quotation marks: verbs there are someone's words, not a cue.
 */
export function reportedClauses(
  s: string,
  base: number,
  tokens: Token[],
  quoted: (at: number) => boolean,
): ReportedClause[] {
  const out: ReportedClause[] = [];
  const sentenceEnd = base + s.length;
  // Set after a split on a coordinated verb: the next clause shares that clause's speaker.
  let shareWith: number | null = null;
  let splitSubject: { phrase: string; at: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const v = verbAt(tokens, i);
    if (!v || quoted(tokens[i]!.start) || notAssertive(tokens, i, v)) continue;
    const prev = tokens[i - 1];
    // "was quoted as saying …"
    const quotedAs = prev?.lower === 'as' && tokens[i - 2]?.lower === 'quoted';
    // "guarantees on how …", "for comment": after a determiner or a preposition the word is a noun.
    if (
      prev?.word &&
      !quotedAs &&
      splitSubject === null &&
      (DETERMINERS.has(prev.lower) ||
        (PREPOSITIONS.has(prev.lower) &&
          prev.lower !== 'to' &&
          !(v.form === 'ing' && BEFORE_A_PARTICIPLE_CUE.has(prev.lower))))
    )
      continue;
    // "‘Order!’ said the Speaker", "“…,” he said the next day": the cue of a quotation.
    if (
      prev &&
      !prev.word &&
      (QUOTE_MARKS.has(prev.text) || (prev.text === ',' && QUOTE_MARKS.has(tokens[i - 2]?.text ?? '')))
    )
      continue;
    // A participle reports only after a comma or "by"/"before": ", saying …", "opened by telling MPs …".
    if (v.form === 'ing' && !quotedAs && !(prev && (prev.text === ',' || BEFORE_A_PARTICIPLE.has(prev.lower))))
      continue;
    // ", said Ruiz, …": an inverted cue closes the words before it (the cue rules read those).
    if (
      prev?.text === ',' &&
      shareWith === null &&
      (v.form === 'past' || v.form === 'third') &&
      tokens[i + 1] &&
      (capitalised(tokens[i + 1]!) || tokens[i + 1]!.lower === 'the') &&
      !hasFiniteVerb(tokens, i + 1, 12)
    )
      continue;
    const start = clauseAfter(tokens, i, v);
    if (start < 0 || !tokens[start] || (quoted(tokens[start]!.start) && tokens[start - 1]?.lower !== 'that')) {
      shareWith = null;
      continue;
    }
    let phrase: string | null = null;
    let phraseAt = tokens[i]!.start;
    let parent: number | null = shareWith;
    if (parent === null && v.form === 'ing' && out.length) parent = out.length - 1;
    if (parent === null) {
      const subject =
        splitSubject ??
        (v.form === 'ing' ? leadSubject(s, base, tokens, i, quoted) : subjectFor(s, base, tokens, i, v.form));
      splitSubject = null;
      if (
        !subject ||
        quoted(base + subject.at) ||
        !subjectShape(subject.phrase) ||
        (v.verb.lemma === 'read' && !DOCUMENTS.test(subject.phrase))
      ) {
        // The verbs after this one sit inside its clause: they report nothing of their own. Not so
        // after an opening participle ("Asked whether …, Whitcombe replied that …").
        const opening = i === 0 || prev?.text === ',';
        const split = opening ? null : nextSplit(s, base, tokens, start, v.form);
        if (opening) continue;
        if (!split || split.resume < 0) break;
        i = split.resume - 1;
        continue;
      }
      phrase = subject.phrase;
      phraseAt = base + subject.at;
    }
    shareWith = null;
    const clause: ReportedClause = {
      cueStart: phrase === null ? tokens[i]!.start : phraseAt,
      clauseStart: tokens[start]!.start,
      clauseEnd: sentenceEnd,
      phrase,
      phraseAt,
      parent,
    };
    // The clause runs to the next coordinated reporting verb, or to the end of the sentence.
    const split = nextSplit(s, base, tokens, start, v.form, inRelativeClause(tokens, i));
    if (split) clause.clauseEnd = tokens[split.end]!.start;
    clause.clauseEnd = trimEnd(s, base, clause.clauseEnd);
    const enough = clauseHasWords(s, clause.clauseStart - base, clause.clauseEnd - base);
    if (enough) out.push(clause);
    if (!split || split.resume < 0) break;
    i = split.resume - 1;
    splitSubject = split.subject ?? null;
    // ", and insisted …" keeps the speaker; ", and several said …" names another.
    if (split.shared && enough) shareWith = out.length - 1;
  }
  return out;
}

/**
 * Whether a reported clause is long enough to be one: three words, a subject with its verb in one
 * word counting as the two it is ("said he'd resign", "said there's no risk").
 */
export function clauseHasWords(text: string, start: number, end: number): boolean {
  if (countLetterWords(text, start, end, 3) >= 3) return true;
  const space = text.slice(start, start + 10).search(/\s/);
  const first = text.slice(start, space < 0 ? Math.min(end, start + 10) : start + space).toLowerCase();
  return isSubjectContraction(first) && countLetterWords(text, start, end, 2) >= 2;
}

// "The post read …": only a text reads.
const DOCUMENTS =
  /\b(?:post|posts|statement|sign|note|message|letter|tweet|email|notice|banner|headline|caption|text|report|document|release|card|label|order|ruling|judgment|bulletin)$/i;

/** A subject is a noun phrase: it does not open with a preposition or a conjunction ("until the committee"). */
function subjectShape(phrase: string): boolean {
  return !opensWithLinkWord(phrase) && !endsWithPreposition(phrase);
}

/** The longest preposition or clause opener: a first word longer than this is neither. */
const LINK_WORD_LONGEST = Math.max(...[...PREPOSITIONS, ...CLAUSE_OPENERS].map((w) => w.length));
const LINK_WORD_HASHES = hashesOf([...PREPOSITIONS, ...CLAUSE_OPENERS, 'and', 'but', 'or']);

/**
 * True when `text[start, end)` is surely none of the (lower-case, letters only) words whose filter is
 * `hashes`, in any case: an ASCII word whose hash the filter lacks (ascii-words.ts). Most words are
 * told so without being cut and lower-cased, which for a phrase of a two-byte paragraph is a call
 * into the runtime.
 */
function surelyNoneOf(hashes: WordHashes, text: string, start: number, end: number): boolean {
  return isAscii(text, start, end) && !mayHold(hashes, wordHashOf(text, start, end));
}

/**
 * Whether the text before the phrase's first space (what `split(/\s+/)[0]` gives) is a preposition,
 * a clause opener, "and", "but" or "or", in any case. Read by character codes, and lower-cased only
 * when short enough to be one: most subjects open with a name or an article.
 */
function opensWithLinkWord(phrase: string): boolean {
  let k = 0;
  while (k < phrase.length && !isJsSpace(phrase.charCodeAt(k))) if (++k > LINK_WORD_LONGEST) return false;
  if (surelyNoneOf(LINK_WORD_HASHES, phrase, 0, k)) return false;
  const first = phrase.slice(0, k).toLowerCase();
  return PREPOSITIONS.has(first) || CLAUSE_OPENERS.has(first) || first === 'and' || first === 'but' || first === 'or';
}

const PREPOSITIONS_THAT_END_NO_SUBJECT = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from']);
const END_PREPOSITION_HASHES = hashesOf(PREPOSITIONS_THAT_END_NO_SUBJECT);

/**
 * `/\s(?:of|for|to|in|on|at|with|by|from)$/i.test(phrase)` ("the head of"): the word after the last
 * space, read back from the end (a pattern anchored at the end is tried at every position).
 */
function endsWithPreposition(phrase: string): boolean {
  let k = phrase.length;
  while (k > 0 && !isJsSpace(phrase.charCodeAt(k - 1))) k--;
  return (
    k > 0 &&
    phrase.length - k <= 4 &&
    !surelyNoneOf(END_PREPOSITION_HASHES, phrase, k, phrase.length) &&
    PREPOSITIONS_THAT_END_NO_SUBJECT.has(phrase.slice(k).toLowerCase())
  );
}

/**
 * The subject of the sentence's main verb, for a participle that shares it: the subject of the
 * nearest reporting verb before it (", he said, adding that …"), else of the first word that reads
 * as a verb ("Dunn rejected the claim, saying …").
 */
function leadSubject(
  s: string,
  base: number,
  tokens: Token[],
  i: number,
  quoted: (at: number) => boolean,
): { phrase: string; at: number } | null {
  for (let k = i - 1; k >= Math.max(0, i - 60); k--) {
    const t = tokens[k]!;
    if (
      !t.word ||
      capitalised(t) ||
      quoted(t.start) ||
      !VERB_FORMS.has(t.lower) ||
      VERB_FORMS.get(t.lower)!.form === 'ing'
    )
      continue;
    const found = subjectBefore(s.slice(0, t.start - base));
    if (found && plausibleSubject(found.phrase) && !quoted(base + found.at)) return found;
    break;
  }
  // The subject opens the sentence: only a sentence of ordinary length is read from its start.
  if (i > 80) return null;
  // (The words before the verb only: a loop to it, not a filter over the whole sentence.)
  const words: Token[] = [];
  for (let k = 0; k < i; k++) if (tokens[k]!.word && !quoted(tokens[k]!.start)) words.push(tokens[k]!);
  for (let w = 1; w < words.length; w++) {
    const t = words[w]!;
    const prev = words[w - 1]!;
    // A lower-case word after a name that is no role word: "Simon Achterberg sought four years".
    // (Not a people's adjective after an article: "The Turkish defence minister condemned …".)
    const afterName =
      capitalised(prev) &&
      !(w > 1 && DETERMINERS.has(words[w - 2]!.lower) && NATIONALITY.test(prev.text)) &&
      !DETERMINERS.has(prev.lower) &&
      !SUBJECT_PRONOUNS.has(prev.lower) &&
      !capitalised(t) &&
      !ROLE_WORDS.has(t.lower) &&
      !DETERMINERS.has(t.lower) &&
      !PREPOSITIONS.has(t.lower) &&
      t.lower !== 'and';
    if (afterName || AUXILIARIES.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text)) {
      const prefix = s.slice(0, t.start - base);
      const found = subjectBefore(prefix);
      return found && plausibleSubject(found.phrase) ? found : leadingPhrase(prefix);
    }
  }
  return null;
}

interface Split {
  /** Token index where the first clause ends (the comma or conjunction). */
  end: number;
  /** Token index of the next verb, to resume the scan from; -1 when nothing reported follows. */
  resume: number;
  shared: boolean;
  /** The other subject, for ", and several said …" or ", who assured him that …". */
  subject?: { phrase: string; at: number };
}

// ", a point on which the opposition …": an apposition that comments on the clause, in the writer's voice.
const COMMENT_APPOSITION =
  /^(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:that|which|on which|in which|for which|to which)\b/iu;
const MAIN_CLAUSE_VERBS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
]);
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)\s*$/u;

/** The next place in a clause where another reporting verb takes over. */
function nextSplit(
  s: string,
  base: number,
  tokens: Token[],
  from: number,
  mainForm?: VerbForm['form'],
  inRelative = false,
): Split | null {
  for (let j = from + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const afterComma = tokens[j - 1]?.text === ',';
    if (t.text === ',' && tokens[j + 1]) {
      const next = tokens[j + 1]!;
      if (
        (next.lower === 'a' || next.lower === 'an' || next.lower === 'the') &&
        COMMENT_APPOSITION.test(s.slice(next.start - base, next.start - base + 60))
      )
        return { end: j, resume: -1, shared: true };
      // "The minister, who said that taxes would fall, has now raised them": the main clause resumes.
      if (inRelative && MAIN_CLAUSE_VERBS.has(next.lower)) return { end: j, resume: -1, shared: true };
    }
    // ", adding that …", "before adding, more quietly, that …"
    const v = verbAt(tokens, j);
    if (v?.form === 'ing' && (afterComma || tokens[j - 1]?.lower === 'before')) {
      if (clauseAfter(tokens, j, v) >= 0 || tokens[j + 1]?.text === ',')
        return { end: afterComma ? j - 1 : j - (tokens[j - 2]?.text === ',' ? 2 : 1), resume: j, shared: true };
    }
    if (t.lower !== 'and' && t.lower !== 'but' && !(t.text === ',' && tokens[j + 1]?.lower === 'who')) continue;
    const conj = t.text === ',' ? j : tokens[j - 1]?.text === ',' ? j - 1 : j;
    let k = j + 1;
    if (t.text === ',') k = j + 2;
    // "and also insisted", "but then denied"
    if (BEFORE_A_SECOND_VERB.has(tokens[k]?.lower ?? '')) k++;
    const shared = t.text === ',' ? null : verbAt(tokens, k);
    if (shared && shared.form !== 'ing' && clauseAfter(tokens, k, shared) >= 0)
      return { end: conj, resume: k, shared: true };
    // "announce that … and call all workers to …": a second verb of the same subject ends the clause.
    const same = t.text !== ',' ? VERB_FORMS.get(tokens[k]?.lower ?? '') : undefined;
    if (same && mainForm && same.form === mainForm && same.form !== 'ing' && !capitalised(tokens[k]!))
      return { end: conj, resume: -1, shared: true };
    // ", and several said …", ", who assured him that …": another subject, two to five words at most.
    for (let m = k; m < Math.min(tokens.length, k + 5); m++) {
      const w = tokens[m]!;
      if (!w.word) break;
      const other = verbAt(tokens, m);
      if (other && m > k - (t.text === ',' ? 1 : 0) && other.form !== 'ing' && clauseAfter(tokens, m, other) >= 0) {
        const subject = s.slice(tokens[t.text === ',' ? j + 1 : k]!.start - base, w.start - base).trim();
        if (t.text === ',') {
          // ", who assured him that …": the relative pronoun stands for the name before it.
          const name = NAME_BEFORE.exec(s.slice(0, t.start - base));
          if (name?.[1]) return { end: conj, resume: m, shared: false, subject: { phrase: name[1], at: name.index } };
          continue;
        }
        if (
          /^(?:he|she|they|we|i|several|many|some|others|most|officials|police)$/i.test(subject) ||
          (plausibleSubject(subject) && subject.split(/\s+/).length <= 4)
        ) {
          return { end: conj, resume: m, shared: false, subject: { phrase: subject, at: tokens[k]!.start - base } };
        }
      }
      if (AUXILIARIES.has(w.lower) && !/^(?:has|had|have)$/.test(w.lower)) break;
    }
  }
  return null;
}
