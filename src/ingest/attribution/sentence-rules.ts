/**
 * The rules that find speech without quotation marks in one sentence, as a table: each rule has a
 * name, the words that trigger it, what it produces and an example (the tests run every example).
 * `find-sentence-speech.ts` builds its word index from the triggers here, so a rule whose words are
 * in a sentence is always tried: none can be skipped because a list elsewhere forgot its words.
 * Rules are tried in table order; the first that finds speech in a sentence wins.
 */
import { datelineLead } from '../text/dateline-lead';
import type { QuoteKind } from '../schema';
import type { WordAt } from '../text/ascii-words';
import { dual, pick } from '../text/latin-pattern';
import { tokenize } from './clause-words';
import { hasWords, isJsSpace, isLatinText } from '../text/ascii-words';
import { FIRST_PERSON, SECOND_PERSON, SPEECH_NOUNS, SPEECH_VERB_SET } from './lexicon';
import { plausibleSubject } from './plausible-subject';
import { CLAUSE_VERB_FORMS, clauseHasWords, mayReportClause, reportedClauses } from './reported-clause';
import { issuerOfDocument } from './resolve-speaker';
import { REPORTING_VERBS, takes, VERB_FORMS } from './reporting-verbs';
import type { Range } from '../text/sentences';
import type { SpeechItem } from './speech-item';
import { subjectBefore } from './subject-before';

export interface SentenceContext {
  block: number;
  /** The paragraph, and the sentence's range in it. */
  text: string;
  sentence: Range;
  s: string;
  base: number;
  /** The paragraph's trigger words (lower case), where they stand in it, in order: the sentence's are
   * those from `firstCue` up to (not including) `endCue`. (Indices, not a copy cut per sentence.) */
  cueWords: readonly WordAt[];
  firstCue: number;
  endCue: number;
  hasQuote: boolean;
  /** True when a position of the paragraph is inside quotation marks (marks included). */
  quoted: (at: number) => boolean;
  /** True when a quoted range overlaps [start, end): one look-up, not one per character. */
  overlapsQuoted: (start: number, end: number) => boolean;
  /** The sentence after this one, for a name that follows "…, he said." (cut only when a rule asks: see `nextSentence`). */
  next: Range | undefined;
}

export interface RuleResult {
  items: SpeechItem[];
  /** The item that first-person sentences after this one continue. */
  continuing: SpeechItem | null;
  /** After a colon cue, speech runs on to the paragraph's end unless a sentence brings its own cue. */
  relaxed?: boolean;
}

export interface SentenceRule {
  name: string;
  /** Lower-case words that must be in the sentence for the rule to run; ':' stands for a colon. */
  triggers: readonly string[];
  /** Whether the rule also reads sentences that hold quotation marks. */
  inQuotedSentences: boolean;
  produces: string;
  example: { text: string; items: Array<{ kind: QuoteKind; words: string; speaker: string | null }> };
  match(ctx: SentenceContext): RuleResult | null;
}

// ---- helpers shared by the rules ----

export const speechLike = (s: string) => FIRST_PERSON.test(s) || SECOND_PERSON.test(s);

function item(
  kind: QuoteKind,
  spans: SpeechItem['spans'],
  cue: SpeechItem['cue'],
  phrase: string | null,
  at: { block: number; offset: number },
  parent: SpeechItem | null = null,
): SpeechItem {
  return { kind, spans, cue, speakerPhrase: phrase, phraseAt: at, cataphora: null, parent, speaker: null };
}

/** Where a stretch of speech ends: before trailing spaces and marks, keeping a sentence's own final stop. */
export function stripEnd(text: string, start: number, end: number): number {
  // By character codes: a pattern tried on each character, one string per character, was the cost.
  while (end > start && isSpaceOrPause(text.charCodeAt(end - 1))) end--;
  if (isSentenceStop(text.charCodeAt(end))) end++;
  return end;
}
/** `/[\s.,;:]/` of one character code. */
const isSpaceOrPause = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || isJsSpace(c);
/** `/[.!?]/` of one character code. */
const isSentenceStop = (c: number) => c === 46 || c === 33 || c === 63;
const dropStop = (text: string, end: number) => end - (text[end - 1] === '.' ? 1 : 0);

/** Where speech that fills a sentence up to its cue starts: after any dateline ("LONDON — "). */
function leadOf(ctx: SentenceContext): number {
  return ctx.base + datelineLead(ctx.s);
}

/**
 * Whether the paragraph is in Latin script, for the Latin form of a pattern: asked only by a rule
 * that runs one (most sentences reach none), and `isLatinText` keeps its last answer for the next.
 */
const latinParagraph = (ctx: SentenceContext) => isLatinText(ctx.text);

/** The text of the sentence after this one ('' after the paragraph's last). */
function nextSentence(ctx: SentenceContext): string {
  return ctx.next ? ctx.text.slice(ctx.next.start, ctx.next.end) : '';
}

function overlapsQuote(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.overlapsQuoted(start, end);
}

/**
 * Reported words may hold a short quotation ("He had been “a careful witness”, the judge said"):
 * a stretch counts when it opens with at least two words of its own, outside the marks.
 */
function ownWordsFirst(ctx: SentenceContext, start: number, end: number): boolean {
  let at = start;
  while (at < end && !ctx.quoted(at)) at++;
  return at === end || hasWords(ctx.text, start, at, 2);
}

// Machine translation splits "…, said Putin, who …" into "…, he said. Putin, who …".
// The name comes with what followed it in the original: a relative clause, an age or a role.
// "Molina, who had arrived from Madrid, was more cautious": a sentence that sets its subject against
// the last speaker introduces someone else, so it names nobody for the pronoun before it.
// (Only the verb's comparison counts: "signed more agreements than …" sets nobody against.)
export const CONTRAST =
  /\b(?:was|is|seemed|sounded|appeared|proved)\s+(?:much\s+|far\s+)?(?:more|less)\b|\bhowever\b|\bfor (?:his|her|their) part\b|\binstead\b|\bby contrast\b|\bon the other hand\b|\bmeanwhile\b|\bdisagreed\b/i;
// The name comes with a relative clause, an age, a description, or a bare role ("Rolf Vos, group
// leader of the party, …": up to two lower-case words, then "of", "for", "at" or "in").
export const CATAPHORA = dual(
  /^((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(?:who\b|whose\b|\d{1,3},|an?\s+\p{Ll}|the\s+\p{Ll}|(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:of|for|at|in)\s)/u,
);

const CLAUSE_FORMS = REPORTING_VERBS.filter((v) => takes(v, 'that') || takes(v, 'bare') || takes(v, 'wh')).flatMap(
  (v) => [...new Set(Object.values(v.forms))],
);
/** Verbs that close a sentence of speech (", police said Saturday."): said-type verbs, not beliefs. */
const CLOSING_FORMS = [...SPEECH_VERB_SET];
// ", said the mayor": verbs that stand before their subject at the end of a sentence. Not "told": what
// follows it is whom the speaker told (", told reporters", ", told OPB"), never the speaker.
const INVERTING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'wrote',
  'writes',
  'explained',
  'continued',
  'insisted',
  'recalled',
  'noted',
  'warned',
  'argued',
  'replied',
  'answered',
  'concluded',
  'declared',
  'tweeted',
  'stressed',
  'admitted',
  'conceded',
  'countered',
  'remarked',
]);
const CLOSING_SET = new Set(CLOSING_FORMS);
// Verbs by which a medium passes on what someone said (", Tass reported", ", the paper reports").
const RELAY_VERBS = new Set(['reported', 'reports']);

// ---- colon: "X wrote on Twitter: Let us …" ----

const COLON_WORDS = new Set([...SPEECH_VERB_SET, ...SPEECH_NOUNS]);
const COLON_PLATFORM =
  /\bon (?:Twitter|X|Facebook|Instagram|social media|Telegram)\s*$|\bput it(?: this way| like this| simply| bluntly| plainly)?\s*$|\bin (?:his|her|their) (?:own )?words\s*$/;

function colonRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block, text } = ctx;
  const colon = /:\s+(?=\S)/.exec(s);
  if (!colon) return null;
  // The cue: the first speech word within 140 characters before the colon, no quotation mark between.
  let from = Math.max(0, colon.index - 140);
  const mark = Math.max(...['“', '”', '"', '«', '»', ':'].map((m) => s.lastIndexOf(m, colon.index - 1)));
  if (mark >= from) from = mark + 1;
  const window = s.slice(from, colon.index);
  const words = [...window.matchAll(/[\p{L}]+/gu)];
  // (As written in lower case: "Told" in a heading's capitals, "Lives Told Well: …", is no verb.)
  const speechWords = words.filter((w) => COLON_WORDS.has(w[0]));
  let cueAt = speechWords[0]?.index;
  const lastWord = words[words.length - 1];
  if (
    cueAt === undefined &&
    lastWord &&
    /^\p{Ll}+ed$/u.test(lastWord[0]) &&
    lastWord.index + lastWord[0].length === window.trimEnd().length
  )
    cueAt = lastWord.index;
  if (cueAt === undefined) {
    const platform = COLON_PLATFORM.exec(window);
    if (!platform) return null;
    cueAt = platform.index;
  }
  const cueStart = from + cueAt;
  const lastCue = speechWords[speechWords.length - 1];
  const subject = subjectBefore(s.slice(0, from + (lastCue?.index ?? cueAt))) ?? subjectBefore(s.slice(0, cueStart));
  const start = base + colon.index + colon[0].length;
  const end = stripEnd(text, start, ctx.sentence.end);
  if (!subject || end <= start) return null;
  const it = item(
    'unmarked',
    [{ block, start, end }],
    { text: s.slice(subject.at, colon.index), span: { block, start: base + subject.at, end: start } },
    subject.phrase,
    { block, offset: base + subject.at },
  );
  return { items: [it], continuing: it, relaxed: true };
}

// ---- according to ----

// "According to the sporting director, Luca Pinna, the club …": a name in apposition belongs to the cue.
const ACCORDING_FIRST = dual(
  /\b[Aa]ccording to ([^,.;:“”"]{2,80}(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+)?),\s+(?=\S)/u,
);
const ACCORDING_LAST = /,?\s+according to ([^,.;:“”"]{2,80})[.!?]?$/;
// ", according to X," inside a sentence: the words around it are what X says.
const ACCORDING_MIDDLE = /,\s+according to ([^,.;:“”"]{2,80}),\s+/;
// "according to plan" reports nobody.
const NOT_A_SOURCE = /^(?:plan|schedule|tradition|custom|the (?:plan|schedule|rules|law)|law)\b/i;

/** Who speaks through what "according to" names: a document's issuer when the text names it
 * ("figures from the finance department" → the department), read by the speaker sieve's own rule. */
function sourceOf(source: string): string {
  return issuerOfDocument(source) || source;
}

function accordingRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block, text } = ctx;
  const first = pick(ACCORDING_FIRST, latinParagraph(ctx)).exec(s);
  // "According to X, …" opens the sentence (after any dateline); inside it, it is read below.
  if (first?.[1] && !NOT_A_SOURCE.test(first[1]) && base + first.index <= leadOf(ctx)) {
    const start = base + first.index + first[0].length;
    const end = stripEnd(text, start, ctx.sentence.end);
    if (overlapsQuote(ctx, start, end)) return null;
    const it = item(
      'reported',
      [{ block, start, end }],
      { text: `according to ${first[1]}`, span: { block, start: base + first.index, end: start } },
      sourceOf(first[1]),
      { block, offset: base + first.index },
    );
    return { items: [it], continuing: it };
  }
  const lead = leadOf(ctx);
  const last = ACCORDING_LAST.exec(s);
  if (
    last?.[1] &&
    !NOT_A_SOURCE.test(last[1]) &&
    hasWords(s, 0, last.index, 4) &&
    !overlapsQuote(ctx, lead, base + last.index)
  ) {
    const it = item(
      'reported',
      [{ block, start: lead, end: base + last.index }],
      { text: `according to ${last[1]}`, span: { block, start: base + last.index, end: ctx.sentence.end } },
      sourceOf(last[1]),
      { block, offset: base + last.index },
    );
    return { items: [it], continuing: null };
  }
  const middle = ACCORDING_MIDDLE.exec(s);
  if (middle?.[1] && !NOT_A_SOURCE.test(middle[1]) && hasWords(s, 0, middle.index, 2)) {
    const restStart = base + middle.index + middle[0].length;
    const end = dropStop(text, stripEnd(text, restStart, ctx.sentence.end));
    if (overlapsQuote(ctx, lead, end)) return null;
    const cue = { text: `according to ${middle[1]}`, span: { block, start: base + middle.index + 2, end: restStart } };
    const before = s.slice(0, middle.index);
    const after = s.slice(middle.index + middle[0].length);
    // "…, where, according to X, the deal will …": the source vouches for the clause it opens.
    // "…, according to X, and it irritated …": it vouches for the clause before; what follows is narration.
    const spans = /\b(?:where|when|which|that|who|and|but|because|while|although|as|so|if)$/i.test(before.trimEnd())
      ? [{ block, start: restStart, end }]
      : /^(?:and|but|while|so|yet)\b/i.test(after)
        ? [{ block, start: lead, end: base + middle.index }]
        : [
            { block, start: lead, end: base + middle.index },
            { block, start: restStart, end },
          ];
    const it = item('reported', spans, cue, sourceOf(middle[1]), { block, offset: base + middle.index });
    return { items: [it], continuing: null };
  }
  return null;
}

// ---- a speech noun: "X's statement that …" ----

const NOUN = `(?:${[...SPEECH_NOUNS].join('|')})`;
const NOMINAL_CUE = dual(
  new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)['’]s\\s+(?:${NOUN})\\s+that\\s+`, 'u'),
);

function nominalRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block, text } = ctx;
  if (!/['’]s\s/.test(s)) return null;
  const m = pick(NOMINAL_CUE, latinParagraph(ctx)).exec(s);
  if (!m?.[1]) return null;
  const start = base + m.index + m[0].length;
  const end = stripEnd(text, start, ctx.sentence.end);
  if (!hasWords(text, start, end, 3) || ctx.quoted(start)) return null;
  const it = item(
    'reported',
    [{ block, start, end: dropStop(text, end) }],
    { text: text.slice(base + m.index, start).trim(), span: { block, start: base + m.index, end: start } },
    m[1],
    { block, offset: base + m.index },
  );
  return { items: [it], continuing: it };
}

// ---- a reporting verb and its clause ----

/**
 * A word that may be a reporting verb here: lower case (or opening the sentence), and a participle
 * only after a comma or "by"/"before"/"as". Most sentences that hold such a word hold none in that
 * position ("the report", "a call for …"), and this look spares them the word-by-word reading.
 */
function verbCandidate(ctx: SentenceContext, w: WordAt): boolean {
  const v = CLAUSE_VERB_FORMS.get(w.word);
  if (!v) return false;
  const c = ctx.text.charCodeAt(w.start);
  if (w.start > ctx.base && !(c >= 97 && c <= 122)) return false;
  if (v.form !== 'ing') return true;
  const before = ctx.text.slice(Math.max(ctx.base, w.start - 8), w.start).trimEnd();
  return /(?:,|\b(?:by|before|after|while|when|and|as))$/.test(before);
}

const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
const QUOTE_MARK_CODES = new Set(['“', '”', '"', '«', '»', '„', '‘', '’'].map((m) => m.charCodeAt(0)));

/**
 * False for a clause verb that `reportedClauses` surely passes over, without a clause and without
 * changing what it reads of the verbs after it: one inside quotation marks, one right after a
 * closing mark or its comma with a space between (“…,” said Ana Roy: the cue of the quote), one
 * with nothing but spaces and full stops after it to the sentence's end (“…,” she said.: no clause
 * can follow). Most sentences of the sentence pass that hold a quote hold only such verbs.
 */
function mayOpenClause(ctx: SentenceContext, w: WordAt): boolean {
  if (!CLAUSE_VERB_FORMS.has(w.word) || ctx.quoted(w.start)) return false;
  const { text } = ctx;
  let k = w.end;
  while (k < ctx.sentence.end && (isSpaceCode(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
  if (k === ctx.sentence.end) return false;
  k = w.start - 1;
  if (k < ctx.base || !isSpaceCode(text.charCodeAt(k))) return true;
  while (k >= ctx.base && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < ctx.base) return true;
  if (QUOTE_MARK_CODES.has(text.charCodeAt(k))) return false;
  return !(text.charCodeAt(k) === 44 && k > ctx.base && QUOTE_MARK_CODES.has(text.charCodeAt(k - 1)));
}

// (Loops rather than `some` and `filter` with an arrow: the arrow, made per sentence, held `ctx`.)
function anyVerbCandidate(ctx: SentenceContext): boolean {
  for (let k = ctx.firstCue; k < ctx.endCue; k++) if (verbCandidate(ctx, ctx.cueWords[k]!)) return true;
  return false;
}
function wordsThatMayOpenClause(ctx: SentenceContext): WordAt[] {
  const out: WordAt[] = [];
  for (let k = ctx.firstCue; k < ctx.endCue; k++) if (mayOpenClause(ctx, ctx.cueWords[k]!)) out.push(ctx.cueWords[k]!);
  return out;
}

function clauseRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block, text } = ctx;
  if (!anyVerbCandidate(ctx)) return null;
  // Every form of a clause verb is a trigger of this rule, and the verb table holds only words of
  // ASCII letters, which the paragraph's word scan finds at the same offsets as the tokens: a word
  // that is no trigger is no verb. (The Kelvin sign, the one letter beyond ASCII that lower-cases
  // into it, would make a token the scan cannot see: such a sentence looks every word up.)
  const kelvin = s.includes('\u212A');
  // A sentence whose every verb is one reportedClauses passes over is spared the tokens, and so is
  // one with no sign of a clause after the verbs that may open one. (Only after those: the verb of a
  // quote's cue, “…,” he told reporters, is no sign of a clause after the quote's own verbs.)
  if (!kelvin && !mayReportClause(text, wordsThatMayOpenClause(ctx), ctx.sentence.end)) return null;
  const tokens = tokenize(text, ctx.sentence.start, ctx.sentence.end, kelvin ? null : ctx.cueWords, ctx.firstCue);
  const clauses = reportedClauses(s, base, tokens, ctx.quoted);
  if (!clauses.length) return null;
  const items: SpeechItem[] = [];
  for (const c of clauses) {
    let end = c.clauseEnd;
    // "… said that the plaster was older: «It is 1870»": after a colon the quote is its own.
    if (ctx.hasQuote) {
      const colon = text.slice(c.clauseStart, end).indexOf(':');
      if (colon >= 0) end = stripEnd(text, c.clauseStart, c.clauseStart + colon);
    }
    if (!clauseHasWords(text, c.clauseStart, end)) continue;
    const parent = c.parent === null ? null : (items[c.parent] ?? null);
    if (c.phrase === null && !parent) continue;
    const cueEnd = c.clauseStart;
    const cue = { text: text.slice(c.cueStart, cueEnd).trim(), span: { block, start: c.cueStart, end: cueEnd } };
    items.push(
      item('reported', [{ block, start: c.clauseStart, end }], cue, c.phrase, { block, offset: c.phraseAt }, parent),
    );
  }
  if (!items.length) return null;
  return { items, continuing: items[items.length - 1]! };
}

// ---- a cue inside the sentence: "We will win, she said, we are ready." ----

const CUE_MIDDLE = dual(
  /,\s+((?:he|she|they)|(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(said|says|added|insisted|explained|continued|warned|argued),\s+(?=\p{Ll}|\p{Lu}\p{Ll}+['’]s\b)(?!\p{Ll}+ing\b)/u,
);
const MIDDLE_VERBS = ['said', 'says', 'added', 'insisted', 'explained', 'continued', 'warned', 'argued'];
const MIDDLE_VERB_SET = new Set(MIDDLE_VERBS);

/** A verb of the pattern with a comma right after it among the sentence's words. (A loop, not
 * `some` with an arrow made per sentence; the comma, one character code, is read first.) */
function hasMiddleVerbBeforeComma(ctx: SentenceContext): boolean {
  for (let k = ctx.firstCue; k < ctx.endCue; k++) {
    const w = ctx.cueWords[k]!;
    if (ctx.text.charCodeAt(w.end) === 44 && MIDDLE_VERB_SET.has(w.word)) return true;
  }
  return false;
}

function middleRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block, text } = ctx;
  // The pattern's verb is written in lower case with a comma right after it: a sentence whose words
  // have none such (most of those that hold one of the verbs) is spared the pattern.
  if (!hasMiddleVerbBeforeComma(ctx)) return null;
  const middle = pick(CUE_MIDDLE, latinParagraph(ctx)).exec(s);
  if (!middle?.[1] || !hasWords(s, 0, middle.index, 3)) return null;
  const lead = leadOf(ctx);
  if (!ownWordsFirst(ctx, lead, base + middle.index)) return null;
  const cueStart = base + middle.index + middle[0].search(/[^,\s]/);
  const first = item(
    'unmarked',
    [{ block, start: lead, end: base + middle.index }],
    {
      text: `${middle[1]} ${middle[2]}`,
      span: { block, start: cueStart, end: base + middle.index + middle[0].length },
    },
    middle[1],
    { block, offset: cueStart },
  );
  let restStart = base + middle.index + middle[0].length;
  // ", Olmi said, and we will …": the conjunction joins the clauses; it is not what she said.
  const conjunction = /^(?:and|but|so|while|whereas)\s+/.exec(text.slice(restStart));
  if (conjunction) restStart += conjunction[0].length;
  const second = item(
    'unmarked',
    [{ block, start: restStart, end: stripEnd(text, restStart, ctx.sentence.end) }],
    null,
    null,
    { block, offset: restStart },
    first,
  );
  if (!speechLike(s)) first.kind = second.kind = 'reported';
  if (second.kind === 'reported') second.spans[0]!.end = dropStop(text, second.spans[0]!.end);
  // A stretch that opens with a quotation is left to the quote.
  if (!ownWordsFirst(ctx, restStart, second.spans[0]!.end)) return { items: [first], continuing: null };
  return { items: [first, second], continuing: second };
}

// ---- a cue that closes the sentence: "…, police said Saturday.", "…, said the mayor." ----

// What may follow a closing cue: when, where and how it was said ("Saturday", "in a statement",
// "told reporters", "at a news conference on Parliament Hill"), never a clause of its own.
const TRAILING_WORDS = new Set(
  'in on at to during after before from with via outside late early last this yesterday today tonight afterwards later earlier again also too then recently previously repeatedly monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year a an the its his her their statement interview news conference release email post reporters journalists briefing press a.m p.m am pm'.split(
    ' ',
  ),
);

/** Whether what follows a cue is only its own phrases of time, place and medium ("on Monday", "in a press release"). */
export function trailingAdverbial(after: string): boolean {
  const words = after.split(/[\s,]+/).filter(Boolean);
  if (words.length > 9) return false;
  return words.every((w) => {
    const bare = w.replace(/[.!?]+$/, '');
    return !bare || TRAILING_WORDS.has(bare.toLowerCase()) || /^\p{Lu}/u.test(bare) || /^\d[\d:.]*$/.test(bare);
  });
}
// ", addressing the government in Rome", ", though lightning was recorded": what follows the cue's own words.
const TRAILING_BREAK = /,\s+(?:though|although|but|while|as|and|who|which|where|[a-z]+ing)\b/i;

const TRAILING_ADVERB = /\s+(?:also|then|later|has|had|have)$/;
const TRAILING_ADVERB_WORDS = ['also', 'then', 'later', 'has', 'had', 'have'];
/** ", police also said": the subject without the adverb. (The pattern, anchored at the end, is
 * tried at every position: only a phrase that ends with one of its words is read by it.) */
function withoutTrailingAdverb(between: string): string {
  // (A loop, not `some` with an arrow that holds the phrase, made per call.)
  for (const w of TRAILING_ADVERB_WORDS) if (between.endsWith(w)) return between.replace(TRAILING_ADVERB, '');
  return between;
}
const CUE_QUOTE_MARK_CODES = new Set(['“', '”', '"', '«', '»'].map((m) => m.charCodeAt(0)));
/** `/[“”"«»]/.test(s.slice(start, end))` without the copy. */
function holdsQuoteMark(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CUE_QUOTE_MARK_CODES.has(s.charCodeAt(i))) return true;
  return false;
}

/**
 * `text.slice(base).lastIndexOf(',', at - base)`: the last comma of the sentence at or before `at`,
 * as an offset in the sentence, or -1. Read back by character codes: `lastIndexOf` is no fast
 * built-in (a call out of the compiled code each time), and the comma is mostly a few words back.
 */
function lastCommaBefore(text: string, base: number, at: number): number {
  for (let k = at; k >= base; k--) if (text.charCodeAt(k) === 44) return k - base;
  return -1;
}

const OUR_STAFF = /^\s*,\s+our\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist)s?\b/iu;

/** Whether a closing verb of the sentence's scanned words, outside marks, starts between `start` and `end`. */
export function closingVerbWithin(ctx: SentenceContext, start: number, end: number): boolean {
  for (let k = ctx.firstCue; k < ctx.endCue; k++) {
    const w = ctx.cueWords[k]!;
    if (w.start > start && w.start < end && CLOSING_SET.has(w.word) && !ctx.quoted(w.start)) return true;
  }
  return false;
}

function lastRule(ctx: SentenceContext): RuleResult | null {
  const { s, base, block } = ctx;
  if (!s.includes(',')) return null;
  // The last closing verb of the sentence, from the words the paragraph scan already found; but in
  // "…, the minister said, speaking in Ankara, local media reported." the last verb only relays what
  // the earlier one's speaker said: the words are the minister's.
  let found: WordAt | null = null;
  let lastSaid: WordAt | null = null;
  for (let k = ctx.firstCue; k < ctx.endCue; k++) {
    const w = ctx.cueWords[k]!;
    if (!CLOSING_SET.has(w.word) || ctx.quoted(w.start)) continue;
    found = w;
    if (!RELAY_VERBS.has(w.word)) lastSaid = w;
  }
  if (!found) return null;
  if (lastSaid && RELAY_VERBS.has(found.word)) found = lastSaid;
  const verbStart = found.start - base;
  const verbEnd = found.end - base;
  const comma = lastCommaBefore(ctx.text, base, found.start);
  if (comma < 0) return null;
  // (A quotation mark between: the cue of a quote, “…,” he said, is turned away before any other
  // reading, by character codes. Most sentences that reach this rule are such cues.)
  if (holdsQuoteMark(s, comma + 1, verbStart)) return null;
  const between = s.slice(comma + 1, verbStart).trim();
  // The verb in lower case is the scan's word: a run of ASCII letters at the same place, lower-cased
  // (no copy to cut and lower-case, whose hash each look-up below would compute again).
  const verb = found.word;
  let after = s.slice(verbEnd);
  const brk = TRAILING_BREAK.exec(after);
  if (brk) after = after.slice(0, brk.index);
  let phrase: string;
  let phraseAt: number;
  if (between) {
    // ", police said", ", the company said", ", her family says", ", Ruiz, a doctor, said"
    const subject = withoutTrailingAdverb(between);
    if (subject.split(/\s+/).length > 8) return null;
    if (
      /^(?:in|on|at|to|of|for|from|with|by|until|after|before|when|while|if|because|as|and|but|or|so)\s/i.test(subject)
    )
      return null;
    if (!(
      /^(?:he|she|they|it|we|i)$/i.test(subject) ||
      plausibleSubject(subject) ||
      (/^\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(subject) && /(?:s|police|staff)$/.test(subject))
    ))
      return null;
    if (!trailingAdverbial(after)) return null;
    phrase = subject;
    phraseAt = base + comma + 1 + (s.slice(comma + 1).length - s.slice(comma + 1).trimStart().length);
  } else {
    // ", said the mayor." / ", says Ruiz, who …"
    const inverted = /^\s+((?:the\s+)?[^,.;:“”"]{2,60}?)(?=\s*(?:,|[.!?]?$))/i.exec(after);
    if (
      !INVERTING.has(verb) ||
      !inverted?.[1] ||
      !plausibleSubject(inverted[1]) ||
      /^an?\s/i.test(inverted[1]) ||
      inverted[1].split(/\s+/).length > 6 ||
      // ", writes Dana Holt, our Political Correspondent": the paper's own reporter narrates.
      OUR_STAFF.test(after.slice(inverted[0].length))
    )
      return null;
    phrase = inverted[1];
    phraseAt = base + verbEnd + inverted[0].length - inverted[1].length;
  }
  const lead = leadOf(ctx);
  if (!hasWords(s, lead - base, comma, 4) || /^(?:Asked|Questioned|Pressed)\b/.test(s)) return null;
  if (!ownWordsFirst(ctx, lead, base + comma)) return null;
  const v = VERB_FORMS.get(verb);
  const before = s.slice(0, comma);
  const firstPerson = speechLike(before);
  if (!firstPerson && v && !(takes(v.verb, 'that') || takes(v.verb, 'bare'))) return null;
  const cueStart = Math.min(phraseAt, base + verbStart);
  const it = item(
    firstPerson ? 'unmarked' : 'reported',
    [{ block, start: lead, end: base + comma }],
    {
      text: s.slice(cueStart - base, verbEnd + after.trimEnd().length).replace(/[.!?]$/, ''),
      span: { block, start: cueStart, end: ctx.sentence.end },
    },
    phrase,
    { block, offset: phraseAt },
  );
  const next = /^(?:he|she|they)$/i.test(phrase) ? nextSentence(ctx) : '';
  const cataphora = next && !CONTRAST.test(next) ? pick(CATAPHORA, latinParagraph(ctx)).exec(next) : null;
  if (cataphora?.[1]) it.cataphora = cataphora[1];
  return { items: [it], continuing: firstPerson ? it : null };
}

// ---- the table ----

export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: 'colon',
    triggers: [':'],
    inQuotedSentences: false,
    produces: 'unmarked speech after the colon, running on to the paragraph end',
    example: {
      text: 'Mayor Lina Ortiz wrote on Twitter: Promise kept.',
      items: [{ kind: 'unmarked', words: 'Promise kept.', speaker: 'Mayor Lina Ortiz' }],
    },
    match: colonRule,
  },
  {
    name: 'speech-noun',
    triggers: [...SPEECH_NOUNS],
    inQuotedSentences: false,
    produces: 'reported speech: the clause after "X\'s statement that"',
    example: {
      text: "Dora Quint's statement that the lake was safe was withdrawn a day later.",
      items: [{ kind: 'reported', words: 'the lake was safe was withdrawn a day later', speaker: 'Dora Quint' }],
    },
    match: nominalRule,
  },
  {
    name: 'reporting-verb',
    triggers: CLAUSE_FORMS,
    inQuotedSentences: true,
    produces: 'reported speech: the clause after a reporting verb (with or without "that"), one per coordinated verb',
    example: {
      text: 'Officials said the bridge would stay shut until May, and insisted no homes were at risk.',
      items: [
        { kind: 'reported', words: 'the bridge would stay shut until May', speaker: 'Officials' },
        { kind: 'reported', words: 'no homes were at risk', speaker: null },
      ],
    },
    match: clauseRule,
  },
  {
    name: 'according-to',
    triggers: ['according'],
    inQuotedSentences: false,
    produces: 'reported speech: the sentence around "according to X", by X',
    example: {
      text: 'The bakery had been shut all week, according to Ann Lee.',
      items: [{ kind: 'reported', words: 'The bakery had been shut all week', speaker: 'Ann Lee' }],
    },
    match: accordingRule,
  },
  {
    name: 'cue-in-middle',
    triggers: MIDDLE_VERBS,
    inQuotedSentences: true,
    produces: 'two stretches around ", she said,": unmarked when first-person, else reported',
    example: {
      text: 'We will win, she said, we are ready.',
      items: [
        { kind: 'unmarked', words: 'We will win', speaker: 'she' },
        { kind: 'unmarked', words: 'we are ready.', speaker: null },
      ],
    },
    match: middleRule,
  },
  {
    name: 'cue-at-end',
    triggers: CLOSING_FORMS,
    inQuotedSentences: true,
    produces:
      'the sentence before ", police said Saturday." or ", said the mayor.": reported, or unmarked when first-person',
    example: {
      text: 'No officers were hurt in the chase, police said Saturday.',
      items: [{ kind: 'reported', words: 'No officers were hurt in the chase', speaker: 'police' }],
    },
    match: lastRule,
  },
];
