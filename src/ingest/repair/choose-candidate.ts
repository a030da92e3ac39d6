/**
 * Which of several words a damaged token was, when the dictionary leaves more than one ("prts":
 * prêts or prêtés), or null when nothing about the language settles it. In order, each step only
 * narrowing the list: the grammar of the words before (candidate-preferences.ts: a modal, a subject
 * pronoun, the case a preposition or numeral governs), the inflections news prose prefers, rarer
 * forms that are another candidate with an ending added, then how common each word is (a
 * frequency-ranked list of the language, when the caller hands one in) or, without a list, the
 * language's letter frequencies; both decide only with a margin. No Polish rule takes one person
 * over another without a word that tells it (a pronoun, a plural of men opening the clause): the non-English spans are mostly quotes and
 * tweets, where a first person starts many sentences ("Chcę", "Mogę"; accent-test-set.ts, the checks).
 */
import {
  ADDED_ENDINGS,
  CONTEXT_ENDING_PREFERENCES,
  CONTEXT_PREFERENCES,
  ENDING_PREFERENCES,
  CASE_ENDINGS,
  INFINITIVES,
  NOUN_CASES,
  PERSON_PAIRS,
  type ContextPreference,
  type EndingPreference,
  type PluralOfMen,
} from './candidate-preferences';
import { letterFrequency } from './letter-frequency';
import { skeletonOf, type Speller } from './speller';
import type { WordRanks } from './word-ranks';

// A word decides by frequency only when it stands this many times higher in the list than every
// other candidate (frequency goes as 1/rank: ten times the rank, a tenth of the uses). Measured on
// the test set and the dev corpus (README, "recall"): wrong winners stood at most 7.1 times higher
// ("chcę" over "chcą": the lists count film dialogue, rich in first persons; "présent" over
// "présenté" 5.1), and every winner from 10 times up was right (11 to 161 times). Ten leaves room
// above the worst wrong one, and gives up two right ones between (7.2 and 8.9 times).
export const WORD_RANK_MARGIN = 10;

// A letter-frequency lead below this is noise: a third of the commonest trigram's weight, one trigram
// of middle rank (" ét", 197th in French, tells "était" from "ôtait").
export const FREQUENCY_MARGIN = 100;

// A word the list lacks counts this many list lengths down: the margin below the list's last word,
// so any listed word clears the margin over it ("pożar" over "pożarł", "śniegu" over "śnieguł",
// "Pociągi" over "Pościgi": the dictionary's rare forms). Not another form of a listed candidate,
// which counts just below the list's last word (rankOf). At one list length for every word, a listed
// word won only from a tenth of the list up; with this, recall on the test set rose in Polish, French
// and German, with no wrong repair there or on the dev corpus. Counted ten list lengths down too,
// "obniży" became "obniżyć" (the list's only form of that verb), and a listed accusative beat its
// instrumental wherever it stood ("budowę" over "budową"), which is a guess.
export const UNLISTED_FACTOR = 10;

/** What the caller knows beyond the skeletons of the words before. */
export interface CandidateContext {
  /** The word just before as repaired (or as written, when it needed no repair); absent when it was left open. */
  previous?: string;
  /** Whether `before` holds every word of the clause so far: the word's clause opens with `before[0]`. */
  clauseStart?: boolean;
  /** The language's dictionary, which shows what a word is: a plural of men, a noun's case. Rules that ask it stand aside without it. */
  speller?: Speller;
}

/**
 * `candidates`: the restorations of one token (restoreCandidates), in its case. `before`: skeletons
 * of the words just before it in the same clause, nearest last. `ranks`: the language's word ranks, if any.
 */
export function chooseCandidate(
  candidates: readonly string[],
  lang: string,
  before: readonly string[],
  ranks?: WordRanks,
  { previous, clauseStart, speller }: CandidateContext = {},
): string | null {
  let left = [...candidates];
  const steps = [
    byContext(lang, before, { previous, clauseStart, speller }, ranks),
    byContextEnding(lang, before, previous),
    byEnding(lang),
    byAddedEnding(lang),
    byWordRank(ranks, lang),
    // Letter frequencies stand in for word frequencies where no list is at hand. With one, they
    // would overrule it where it sees no margin, and they were wrong there: "zostać" for "został"
    // (ranked 333rd and 334th), "Pościgi" for "Pociągi".
    ...(ranks ? [] : [byLetterFrequency(lang)]),
  ];
  for (const narrow of steps) {
    if (left.length <= 1) break;
    left = narrow(left);
  }
  return left.length === 1 ? left[0]! : null;
}

type Narrow = (candidates: string[]) => string[];

function byContext(lang: string, before: readonly string[], context: CandidateContext, ranks?: WordRanks): Narrow {
  const rules = (CONTEXT_PREFERENCES[lang] ?? []).filter((r) => applies(r, before, context, ranks));
  return (candidates) => {
    const nounCase = candidates.some((c) => isNounCase(c, lang, context.speller));
    for (const rule of rules) {
      if (rule.person && nounCase) continue;
      const kept = candidates.filter((c) => rule.endings.some((e) => c.endsWith(e)));
      if (kept.length > 0) return kept;
    }
    return candidates;
  };
}

/** Whether the dictionary shows `word` to be a noun's case, not a verb's person (`NOUN_CASES`). */
function isNounCase(word: string, lang: string, speller: Speller | undefined): boolean {
  const cases = NOUN_CASES[lang];
  if (!cases || !speller) return false;
  const ending = cases.endings.find((e) => word.endsWith(e));
  return ending !== undefined && speller.correct(word.slice(0, word.length - ending.length) + cases.nounOnly);
}

/** `before`: skeletons of the words before, nearest last; `previous`: the nearest as repaired, when known. */
function applies(
  rule: ContextPreference,
  before: readonly string[],
  { previous: repaired, clauseStart, speller }: CandidateContext,
  ranks: WordRanks | undefined,
): boolean {
  const last = before[before.length - 1];
  const second = before[before.length - 2];
  if (rule.after) return last !== undefined && rule.after.includes(last);
  if (rule.afterSubject)
    return clauseStart === true && speller !== undefined && opensWithSubject(rule.afterSubject, before, speller, ranks);
  if (last === undefined || second === undefined) return false;
  if (rule.afterArticle) return rule.afterArticle.articles.includes(second) && !rule.afterArticle.except.includes(last);
  if (rule.afterPair) return rule.afterPair[0].includes(second) && rule.afterPair[1].includes(last);
  if (rule.afterThrough)
    return (
      repaired !== undefined &&
      rule.afterThrough.words.includes(second) &&
      rule.afterThrough.through.some((e) => repaired.endsWith(e))
    );
  return false;
}

/** Whether the clause opens with a subject the rule names, right before the word or before one of its `between`. */
function opensWithSubject(
  {
    plurals,
    between,
    complementEndings = [],
    notComplementEndings = [],
    notComplements = [],
  }: NonNullable<ContextPreference['afterSubject']>,
  before: readonly string[],
  speller: Speller,
  ranks: WordRanks | undefined,
): boolean {
  const [subject, next] = before;
  if (subject === undefined || before.length > 2) return false;
  if (
    next !== undefined &&
    !between.includes(next) &&
    (notComplements.includes(next) ||
      !complementEndings.some((e) => next.endsWith(e)) ||
      notComplementEndings.some((e) => next.endsWith(e)))
  )
    return false;
  // The words the skeleton may have been: itself, when it is one, and the dictionary's restorations.
  const readings = [...(speller.correct(subject) ? [subject] : []), ...speller.restore(subject)];
  return (
    readings.some((r) => plurals.some((p) => isPluralOfMen(r, p, speller))) &&
    !readings.some((r) => plurals.some((p) => isSingularCase(r, p, speller, ranks) || isExcepted(r, p)))
  );
}

/** Whether `word` ends like one of the plural's `except` ("gości": -ści), which no reading of a subject may. */
function isExcepted(word: string, { except = [] }: PluralOfMen): boolean {
  return except.some((e) => word.endsWith(e));
}

/** Whether the dictionary shows `word` to be a nominative plural of men (`PluralOfMen`). */
function isPluralOfMen(word: string, { ending, genitives }: PluralOfMen, speller: Speller): boolean {
  const stem = word.slice(0, word.length - ending.length);
  return word.endsWith(ending) && stem.length >= 2 && genitives.some((g) => speller.correct(stem + g));
}

/** Whether `word` is a singular noun's case that ends like a plural of men ("pracy": pracą, praca). */
function isSingularCase(
  word: string,
  { ending, singular }: PluralOfMen,
  speller: Speller,
  ranks: WordRanks | undefined,
): boolean {
  if (!singular || !word.endsWith(ending)) return false;
  const stem = word.slice(0, word.length - ending.length);
  if (!speller.correct(stem + singular.instrumental)) return false;
  return !ranks || singular.nominatives.some((n) => ranks.rankOf(stem + n) !== undefined);
}

function byEnding(lang: string): Narrow {
  return dropEndings(ENDING_PREFERENCES[lang] ?? []);
}

/**
 * The case a preposition or numeral just before governs (CONTEXT_ENDING_PREFERENCES), or one word
 * before that when the word between ends in one of the rule's `through` (an adjective agreeing with
 * the noun: "na nową szko" → szkołę) or is one of its `throughWords` ("z t decyzj" → decyzją).
 */
function byContextEnding(lang: string, before: readonly string[], previous: string | undefined): Narrow {
  const last = before[before.length - 1];
  const second = before[before.length - 2];
  const rules = (CONTEXT_ENDING_PREFERENCES[lang] ?? []).filter(
    (r) =>
      (last !== undefined && r.after.includes(last)) ||
      (second !== undefined &&
        r.after.includes(second) &&
        ((previous !== undefined && (r.through ?? []).some((e) => previous.endsWith(e))) ||
          (r.throughWords ?? []).includes(last!))) ||
      (second !== undefined && (r.afterOnlyThrough ?? []).includes(second) && (r.throughWords ?? []).includes(last!)),
  );
  return (candidates) => {
    // Every candidate reads alike: the damaged word's skeleton.
    const word = skeletonOf(candidates[0] ?? '');
    const table = rules
      .filter((r) => !(r.exceptWords ?? []).includes(word))
      .flatMap(({ prefer, over }) => prefer.flatMap((p) => over.map((o) => ({ prefer: p, over: o }))));
    return dropEndings(table)(candidates);
  };
}

/** Drops a candidate ending in `over` when another is the same stem ending in `prefer`. */
function dropEndings(table: readonly Pick<EndingPreference, 'prefer' | 'over'>[]): Narrow {
  const stem = (word: string, ending: string) => word.slice(0, word.length - ending.length);
  return (candidates) =>
    candidates.filter(
      (loser) =>
        !table.some(
          ({ prefer, over }) =>
            loser.endsWith(over) &&
            candidates.some((c) => c !== loser && c.endsWith(prefer) && stem(c, prefer) === stem(loser, over)),
        ),
    );
}

/**
 * Drops a candidate that is another candidate with one of the language's `ADDED_ENDINGS` after it
 * ("zatrzymałaś" beside "zatrzymała"): a rarer form the token gives no sign of.
 */
function byAddedEnding(lang: string): Narrow {
  const endings = ADDED_ENDINGS[lang] ?? [];
  return (candidates) =>
    candidates.filter(
      (longer) =>
        !endings.some(
          ({ added }) => longer.endsWith(added) && candidates.includes(longer.slice(0, longer.length - added.length)),
        ),
    );
}

/**
 * Keeps the candidate that stands `WORD_RANK_MARGIN` times higher in the language's list than every
 * other ("dziękuję" over "dziękuj"). A word the list lacks counts `UNLISTED_FACTOR` list lengths
 * down (rankOf).
 */
function byWordRank(ranks: WordRanks | undefined, lang: string): Narrow {
  return (candidates) => {
    if (!ranks) return candidates;
    const [best, next] = candidates
      .map((c) => ({ c, rank: rankOf(c, candidates, ranks, lang) }))
      .sort((a, b) => a.rank - b.rank);
    if (candidates.some((c) => c !== best!.c && arePersonsOf(c, best!.c, lang))) return candidates;
    return next!.rank >= best!.rank * WORD_RANK_MARGIN ? [best!.c] : candidates;
  };
}

/**
 * A candidate's place in the list. One the list lacks counts `UNLISTED_FACTOR` list lengths down,
 * unless it is another form of a listed candidate: a finite form beside its infinitive ("obniży"
 * beside "obniżyć", `INFINITIVES`) or another case of one noun ("budową" beside "budowę",
 * `CASE_ENDINGS`). That one may be common: it counts just below the list's last word, so only a
 * sibling from a tenth of the list up beats it ("dziękuję", 90th, over "dziękują").
 */
function rankOf(word: string, candidates: readonly string[], ranks: WordRanks, lang: string): number {
  const listed = ranks.rankOf(word);
  if (listed !== undefined) return listed;
  const siblingListed = candidates.some((c) => c !== word && ranks.rankOf(c) !== undefined && isFormOf(word, c, lang));
  return siblingListed ? ranks.size + 1 : ranks.size * UNLISTED_FACTOR + 1;
}

/** Whether `a` and `b` are the first and third persons of one verb (PERSON_PAIRS), in either order. */
function arePersonsOf(a: string, b: string, lang: string): boolean {
  return (PERSON_PAIRS[lang] ?? []).some(
    ({ first, third, stemEnds = '' }) => isPair(a, first, b, third, stemEnds) || isPair(b, first, a, third, stemEnds),
  );
}

function isPair(x: string, xEnding: string, y: string, yEnding: string, stemEnds: string): boolean {
  if (!x.endsWith(xEnding) || !y.endsWith(yEnding)) return false;
  const stem = x.slice(0, -xEnding.length);
  return stem.endsWith(stemEnds) && stem === y.slice(0, -yEnding.length);
}

/** Whether `word` and `other` are forms of one word: a finite form and its infinitive, or two cases of one noun. */
function isFormOf(word: string, other: string, lang: string): boolean {
  const infinitive = INFINITIVES[lang];
  if (infinitive && other.endsWith(infinitive.ending) && word.startsWith(other.slice(0, -infinitive.pastStem)))
    return true;
  const endings = CASE_ENDINGS[lang]?.endings ?? [];
  const stem = (w: string, ending: string) => (w.endsWith(ending) ? w.slice(0, w.length - ending.length) : null);
  return endings.some((a) =>
    endings.some((b) => a !== b && stem(word, a) !== null && stem(word, a) === stem(other, b)),
  );
}

/**
 * Keeps the candidate whose letters put back make far commoner sequences in the language ("être"
 * over "âtre", "était" over "ôtait"), among candidates of one length: where one is longer, it has
 * more letters put back and more trigrams to score, and the lead would say nothing about the word.
 */
function byLetterFrequency(lang: string): Narrow {
  return (candidates) => {
    if (candidates.some((c) => c.length !== candidates[0]!.length)) return candidates;
    const scored = candidates.map((c) => ({ c, f: letterFrequency(c, lang) })).sort((a, b) => b.f - a.f);
    return scored[0]!.f - scored[1]!.f >= FREQUENCY_MARGIN ? [scored[0]!.c] : candidates;
  };
}
