/**
 * Direct speech whose quotation marks were lost (machine-translated press): runs of sentences that
 * are someone's words, found after the quoted spans and the sentence-level cues have taken theirs.
 *
 * News narration is third person and mostly past tense, so a first-person sentence outside quotes is
 * almost always someone speaking, and a present-tense sentence right before ", he said." is part of
 * what he said. Four shapes are read:
 * - a closing cue with what follows it in translation (", he said in the lobby, visibly tired.",
 *   ", said the judge, reading the ruling.", "… to the sea? Bosma asked."), the speech running back
 *   to the previous narration sentence;
 * - a narration sentence about a person ("Asked whether …, the minister answered at length.") then
 *   first-person sentences, running on into the next paragraphs until narration resumes;
 * - speech given to an unnamed circle ("…, one hears in his surroundings.", "…, it is confided.");
 * - runs before a closing cue that the sentence pass took one sentence of: the run is widened.
 * A column or editorial written in the first person is left alone.
 */
import { datelineLead } from '../text/dateline-lead';
import type { Span } from '../schema';
import { findWords, hashesOf, isLatinText, type WordAt } from '../text/ascii-words';
import { WordTable, type TableWord } from './word-table';
import { dual, pick } from '../text/latin-pattern';
import type { TextBlock } from './find-quoted-spans';
import { REPORTING_VERB_SET, ROLE_WORDS, SPEECH_NOUNS } from './lexicon';
import { CONTRAST } from './sentence-rules';
import { sentenceAt } from '../text/sentences';
import type { Range } from '../text/sorted-search';
import type { SpeechItem } from './speech-item';
import { subjectBefore } from './subject-before';
import { pastParticipleAsVerb } from './past-tense';
import { WEEKDAY_NAMES } from '../text/calendar-date';

/** Verbs that close a stretch of speech: "…, he launched from the platform." */
export const CLOSING_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'asks',
  'answered',
  'answers',
  'replied',
  'replies',
  'responded',
  'commented',
  'explained',
  'explains',
  'continued',
  'continues',
  'concluded',
  'concludes',
  'began',
  'launched',
  'declared',
  'stated',
  'insisted',
  'insists',
  'noted',
  'observed',
  'remarked',
  'warned',
  'warns',
  'stressed',
  'admitted',
  'admits',
  'conceded',
  'confided',
  'recalled',
  'assured',
  'promised',
  'joked',
  'quipped',
  'sighed',
  'shouted',
  'cried',
  'exclaimed',
  'retorted',
  'countered',
  'protested',
  'objected',
  'acknowledged',
  'argued',
  'argues',
  'told',
  'tells',
  'wrote',
  'writes',
  'thundered',
  'murmured',
  'whispered',
  'summarised',
  'summarized',
  'specified',
  'repeated',
  'reiterated',
  'affirmed',
  'affirms',
  'scolded',
  'snapped',
  'lamented',
  'complained',
  'predicted',
  'confirmed',
  'confirms',
]);

/** Closing verbs that take who was told as an object: ", he told the television before the session." */
const OBJECT_VERBS = new Set([
  'told',
  'tells',
  'asked',
  'asks',
  'answered',
  'assured',
  'warned',
  'promised',
  'reminded',
]);

/**
 * Words of a sentence that introduces speech without closing it: "the head of government answered at
 * length", "Sarti spoke for ten minutes", "he broke the silence with a sentence that …".
 */
export const INTRO_WORDS = new Set([
  ...CLOSING_VERBS,
  ...SPEECH_NOUNS,
  'spoke',
  'speaks',
  'speak',
  'speaking',
  'talked',
  'talks',
  'addressed',
  'addresses',
  'sentence',
  'sentences',
  'word',
  'floor',
  'silence',
  'note',
  'briefing',
  'conference',
  'microphone',
  'podium',
  'platform',
  'stage',
  'homily',
  'sermon',
  'address',
]);

/** Third-person pronouns: a present-tense sentence about him or her is narration, not his words. */
const THIRD_PERSON = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'they',
  'their',
  'them',
  'himself',
  'herself',
  'themselves',
]);
const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
const SECOND_PERSON_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Finite verbs of the present (and future): speech, where the narration around it is past. */
const PRESENT_WORDS = new Set([
  'is',
  'are',
  'am',
  'has',
  'have',
  'does',
  'do',
  'can',
  'cannot',
  'must',
  'will',
  'shall',
  'isn',
  'aren',
  'doesn',
  'don',
  'hasn',
  'haven',
]);
/** Finite verbs of the past: narration. */
const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'could',
  'would',
  'wasn',
  'weren',
  'didn',
  'hadn',
  'couldn',
  'wouldn',
]);

/**
 * Nouns of speech that open the sentence after the words and name who said them: "Words of the
 * undersecretary Ann Roy, who …", "The comment of the coach.", "Such was the verdict of the mayor."
 */
export const CUE_NOUNS = [
  'words',
  'remarks',
  'comment',
  'comments',
  'message',
  'verdict',
  'reply',
  'answer',
  'warning',
  'appeal',
  'reasoning',
  'analysis',
  'thoughts',
  'assessment',
  'explanation',
];
const NOUN_OPENER = dual(
  new RegExp(
    `^(?:(?:These|Those|Such|This|That)\\s+(?:are|were|is|was)\\s+)?(?:[Tt]he\\s+)?(?:${CUE_NOUNS.join('|')}|${CUE_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})\\s+of\\s+([^,.;:!?“”"«»]{3,100}?)(?=,|[.!]?$)`,
    'u',
  ),
);
// "So said the coach." / "Thus spoke Ann Roy."
const SO_SAID = dual(
  new RegExp(
    `^(?:So|Thus)\\s+(?:said|says|spoke|speaks|argued|argues|explained|explains)\\s+([^,.;:!?“”"«»]{3,100}?)(?=,|[.!]?$)`,
    'u',
  ),
);
const TRAILING_NAME = dual(
  new RegExp(
    `(?:^|\\s)(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:(?:de|van|von|der|den|di|da|del|della|le|la|du|dos|ter|ten)\\s+)*\\p{Lu}[\\p{L}\\p{M}'’-]+)+)$`,
    'u',
  ),
);

/** Where unnamed circles are named: "In the entourage of the prime minister, …", "sources close to the chancellor". */
const CIRCLE_HEADS = [
  'entourage',
  'surroundings',
  'circles',
  'circle',
  'camp',
  'corridors',
  'sources',
  'aides',
  'allies',
  'insiders',
  'people',
];

interface CircleCue {
  /** Matches the end of a sentence; group 1, when present, names the circle ("the entourage of X"). */
  pattern: RegExp;
  example: string;
}

/** Cues that give speech to an unnamed circle, at the end of the sentence holding its last words. */
export const CIRCLE_CUES: CircleCue[] = [
  {
    pattern:
      /,\s+(?:one|you)\s+hears?\s+(?:(?:it\s+)?(?:said\s+)?)(?:in|among|from|around|inside|within)\s+([^,.;:]{3,80}?)[.!]?$/i,
    example: 'The mayor has made up his mind, one hears in his surroundings.',
  },
  {
    pattern:
      /,\s+it\s+is\s+(?:confided|said|whispered|murmured|explained|repeated|observed|noted|heard|added|reported|admitted|made known)(?:\s+(?:in|among|from|around|at|inside|within)\s+([^,.;:]{3,80}?))?[.!]?$/i,
    example: 'We have the time, they do not, it is confided.',
  },
  {
    pattern:
      /,\s+(?:is|was|are|were)\s+(?:heard|said|whispered|repeated|murmured)\s+(?:in|among|at|around|inside|within)\s+([^,.;:]{3,80}?)[.!]?$/i,
    example: 'Nobody will resign before the summer, is heard in the corridors of the ministry.',
  },
  {
    pattern:
      /,\s+they\s+(?:say|said|explain|explained|repeat|repeated|confide|confided|whisper|whispered|observe|observed|note|noted|add|added|admit|admitted)\s+(?:in|among|at|around|inside|within|from)\s+([^,.;:]{3,80}?)[.!]?$/i,
    example: 'The deal is dead, they say in the ministry.',
  },
  {
    pattern:
      /,\s+(?:is|was)\s+the\s+(?:comment|word|line|refrain|reasoning|verdict)\s+(?:in|among|at|from|of)\s+([^,.;:]{3,80}?)[.!]?$/i,
    example: 'The budget will pass, is the comment among the majority.',
  },
];

const CIRCLE_MENTION =
  /\b(the\s+(?:entourage|surroundings|circles?|camp|inner\s+circle|staff)\s+of\s+[^,.;:]{2,50}?|(?:sources|people|those|aides|allies)\s+close\s+to\s+[^,.;:]{2,50}?)(?=[,.;:]|\s+(?:say|said|says|explain|add|do|did|is|are|was|were|the|a)\b)/gi;

// A name, with the particles that translated names keep ("Maarten de Wolff", "Ursula von Berg").
const NAME = `(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+(?:(?:de|van|von|der|den|di|da|del|della|le|la|du|dos|ter|ten|al|el|bin)\\s+)*){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+`;
// "…, he said in the lobby": the subject between the last comma (or a question mark) and the verb.
const SUBJECT_BEFORE_VERB = dual(
  new RegExp(
    `(?:,|[?!])\\s+(he|she|they|He|She|They|${NAME}|(?:the|The|a|A|an|An|one|One)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?[\\p{L}\\p{M}'’-]+)\\s+(?:(?:also|then|only|simply|later|again|finally|immediately)\\s+)?$`,
    'u',
  ),
);
// "…, said the judge rapporteur Ann Roy, reading …": the speaker after the verb, up to a comma or the end.
// A role may bring its holder's name in apposition: "said the leader of the opposition, Carla Neri, leaving …".
const SUBJECT_AFTER_VERB = dual(
  new RegExp(
    `^\\s+(one\\s+of\\s+(?:them|those|the\\s+\\p{Ll}+)|${NAME}|(?:the|a|an)\\s+[^,.;:!?“”"«»]{2,70}?(?:,\\s+${NAME}(?=\\s*,|\\s*[.!?]?$))?)(?=\\s*,|\\s*[.!?]?$)`,
    'u',
  ),
);
// "…? Bosma asked." as a sentence of its own after a question or an exclamation.
const SHORT_CUE = dual(
  new RegExp(
    `^(he|she|they|He|She|They|${NAME}|(?:The|the|A|An)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?[\\p{L}\\p{M}'’-]+)\\s+(?:also\\s+|then\\s+)?(\\p{Ll}+)\\b([^:;“”"«»]*)$`,
    'u',
  ),
);
const SHORT_CUE_INVERTED = dual(
  new RegExp(
    `^(\\p{Ll}+)\\s+(${NAME}|(?:the|a|an)\\s+[^,.;:!?]{2,70}?|one\\s+of\\s+(?:them|those))(?=\\s*,|\\s*[.!]?$)([^:;“”"«»]*)$`,
    'u',
  ),
);
const CATAPHORA_NAME = dual(
  new RegExp(`^(${NAME}),\\s+(?:who\\b|whose\\b|\\d{1,3},|an?\\s+\\p{Ll}|the\\s+\\p{Ll}|(\\p{Ll}+))`, 'u'),
);
// What may follow the verb of a closing cue: nothing, an aside, a place or a manner.
const TAIL_START = new Set([
  'in',
  'at',
  'on',
  'to',
  'from',
  'with',
  'without',
  'after',
  'before',
  'during',
  'about',
  'while',
  'as',
  'outside',
  'inside',
  'afterwards',
  'later',
  'then',
  'again',
  'today',
  'yesterday',
  'tonight',
  'this',
  'last',
  'once',
  'still',
  'into',
  'behind',
  'between',
  'among',
  'under',
  'over',
  'through',
  'near',
  'beside',
  'towards',
  'toward',
  'when',
  'where',
  'shortly',
  'moments',
  'minutes',
  'hours',
  'not',
  'only',
  'also',
  'finally',
  'for',
  'by',
  'visibly',
  ...WEEKDAY_NAMES,
]);
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should|did|does|do|am)\b/i;
const INTRODUCES =
  /^(?:Asked|Questioned|Pressed|Interviewed|Reached|Contacted|Speaking|Talking|Answering|Replying|Invited|Challenged)\b/;
const SUBORDINATE_START =
  /^(?:When|After|Before|As|While|Since|Until|Once|Although|Though|Because|With|Without|In|On|At|During)\b/;

/** Words of the circle cues, so that only the sentences holding one are tried on them. */
const CIRCLE_TRIGGERS = new Set([
  'hears',
  'hear',
  'confided',
  'said',
  'whispered',
  'murmured',
  'explained',
  'repeated',
  'observed',
  'noted',
  'heard',
  'added',
  'reported',
  'admitted',
  'known',
  'say',
  'explain',
  'repeat',
  'confide',
  'whisper',
  'observe',
  'note',
  'add',
  'admit',
  'comment',
  'word',
  'line',
  'refrain',
  'reasoning',
  'verdict',
]);

// One look-up per word found: what the word tells, as bits.
const FIRST = 1;
const SECOND = 2;
const PRESENT = 4;
const PAST = 8;
const THIRD = 16;
const CIRCLE = 32;
const CIRCLE_CUE = 64;
const INTRO = 128;
const CLOSING = 256;
const CONTRACTION = 512;
/** What each word the pass reads tells, as bits (exported for the article's shared word scan). */
export const UNMARKED_FLAGS = new Map<string, number>();
const FLAGS = UNMARKED_FLAGS;
const flag = (words: Iterable<string>, bit: number) => {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
};
flag(FIRST_PERSON_WORDS, FIRST);
flag(SECOND_PERSON_WORDS, SECOND);
flag(PRESENT_WORDS, PRESENT);
flag(PAST_WORDS, PAST);
flag(THIRD_PERSON, THIRD);
flag(CIRCLE_HEADS, CIRCLE);
flag(CIRCLE_TRIGGERS, CIRCLE_CUE);
flag(INTRO_WORDS, INTRO);
flag(CLOSING_VERBS, CLOSING);
// "we're", "they'll", "I've", "it's": the words end at the apostrophe, the tense is in what follows.
flag(['re', 'll', 've', 's'], CONTRACTION);
// These words alone, for paragraphs read without the scan the article shares (tests).
const OWN_WORDS = new WordTable(new Map(), FLAGS);

// The closing verbs of a sentence that has none: one list for all (a sentence with some gets its own).
const NO_CLOSING: readonly WordAt[] = [];

/** What one sentence holds, read once from the paragraph's word scan. */
interface Sentence extends Range {
  free: boolean;
  first: boolean;
  /** "I", "we" or "you" as a subject, not only "my" or "us": someone speaking, not a writer's "my visit". */
  strong: boolean;
  /** The first person outside quotation marks, whatever else the sentence holds. */
  firstOutside: boolean;
  second: boolean;
  present: boolean;
  /** Read only with `present` (a present sentence that also tells the past is narration). */
  past: boolean;
  third: boolean;
  circle: boolean;
  /** A word of the circle cues ("hears", "confided", "is heard"): worth trying CIRCLE_CUES on. */
  circleCue: boolean;
  intro: boolean;
  /** Offsets of closing verbs, in order (most sentences share the one empty list). */
  closing: readonly WordAt[];
}

/**
 * Whether a paragraph is in Latin script, for the Latin form of a pattern. Read on the first ask and
 * kept: most paragraphs reach no rule with a pattern, and are spared the scan of their text.
 */
function latinOf(p: Paragraph): boolean {
  return (p.latin ??= isLatinText(p.text));
}

interface Paragraph {
  block: number;
  text: string;
  /** Whether the text is in Latin script: asked by `latinOf` only when a rule runs a pattern. */
  latin: boolean | undefined;
  sentences: Sentence[];
  /** Per sentence: the speech item (with a speaker to give) whose words or cue end there, latest end
   * first (empty, or without an entry, where none does). */
  endingIn: (SpeechItem | null)[];
  /** Per sentence: an item is closed there by a cue after its words (", he said."). */
  closed: boolean[];
}

const item = (
  spans: Span[],
  cue: SpeechItem['cue'],
  phrase: string | null,
  at: { block: number; offset: number },
  parent: SpeechItem | null = null,
): SpeechItem => ({
  kind: 'unmarked',
  spans,
  cue,
  speakerPhrase: phrase,
  phraseAt: at,
  cataphora: null,
  parent,
  speaker: null,
});

// For a paragraph with no quoted range or item: one shared empty list, read and never written.
const NO_RANGES: Range[] = [];
const NO_ITEMS: SpeechItem[] = [];

/** What the passes share while they read an article. */
interface Pass {
  paras: Paragraph[];
  out: SpeechItem[];
  /** Items of first-person runs given to a speaker: dropped when the writer turns out to speak in the first person. */
  firstPersonRuns: Set<SpeechItem>;
}

/**
 * Finds unmarked speech in an article's paragraphs. `taken` are the ranges per paragraph already
 * inside quotation marks; `items` are the speech items found so far (quoted and sentence-level). An
 * item of the sentence pass closed by a cue (", she said.") may be widened back over the sentences of
 * speech before it; everything else is new items, returned. `flagWords`, per paragraph in order, are
 * its flagged words from the article's shared word scan (each paragraph scans its own when absent).
 */
export function findUnmarkedSpeech(
  paragraphs: TextBlock[],
  sentencesOf: (block: number) => Range[],
  taken: Map<number, Range[]>,
  items: SpeechItem[],
  flagWords?: readonly (readonly TableWord[])[],
): SpeechItem[] {
  const byBlock = new Map<number, SpeechItem[]>();
  // (Each paragraph's busy list starts as a copy of its quoted ranges, made once, not range by range.)
  const busy = new Map<number, Range[]>();
  for (const [block, ranges] of taken) busy.set(block, ranges.slice());
  for (const it of items) {
    for (const s of it.spans) {
      occupy(busy, s.block, s);
      const list = byBlock.get(s.block);
      if (!list) byBlock.set(s.block, [it]);
      else if (list[list.length - 1] !== it) list.push(it);
    }
    if (it.cue?.span) occupy(busy, it.cue.span.block, it.cue.span);
  }
  const pass: Pass = { paras: [], out: [], firstPersonRuns: new Set() };
  for (const p of paragraphs) {
    const para = read(
      p,
      sentencesOf(p.block),
      busy.get(p.block) ?? NO_RANGES,
      taken.get(p.block) ?? NO_RANGES,
      pass.paras.length < 2,
      flagWords?.[pass.paras.length],
    );
    indexItems(para, byBlock.get(p.block) ?? NO_ITEMS);
    pass.paras.push(para);
  }
  // A column or an editorial is narrated in the first person: its "I" and "we" are nobody's quote.
  const firstPersonNarration = narratesInFirstPerson(pass.paras);

  for (let pi = 0; pi < pass.paras.length; pi++) {
    const p = pass.paras[pi]!;
    if (!hasFree(p)) continue;
    const n = p.sentences.length;
    // 1. A closing cue: the speech runs back from it to the previous narration sentence.
    for (let si = 0; si < n; si++)
      if (p.sentences[si]!.free && p.sentences[si]!.closing.length) closedBySentence(pass, p, si);
    // 1b. Speech named in the sentence after it: "… goes home. Words of the undersecretary Ann Roy, who …".
    for (let si = 0; si + 1 < n; si++) if (p.sentences[si]!.free && p.sentences[si + 1]!.free) namedAfter(pass, p, si);
    // 1c. Speech after a colon that the sentence pass found no subject for ("… he offered only a short answer, in French: …").
    for (let si = 0; si < n; si++) if (p.sentences[si]!.free && p.sentences[si]!.intro) afterColon(pass, p, si);
    // 2. An item of the sentence pass closed by a cue may have taken only the last sentence of a run.
    for (const it of byBlock.get(p.block) ?? NO_ITEMS) widen(p, it);
    // 3. Speech given to an unnamed circle.
    for (let si = 0; si < n; si++) if (p.sentences[si]!.free && p.sentences[si]!.circleCue) givenToCircle(pass, pi, si);
    // 4. First-person runs: after a narration sentence that speaks of speaking, or going on from the
    // speech that ended the paragraph before.
    if (!firstPersonNarration) {
      for (let si = 0; si < n; si++) {
        const s = p.sentences[si]!;
        if (s.free && (s.first || s.second) && !isQuestion(p.text, s)) si = firstPersonRun(pass, pi, si);
      }
    }
  }
  // First-person sentences that no cue or speaker claims are the writer's (a column, an editorial's
  // "we", a live blog's "we'll bring you"): then the runs given to speakers may be the writer's too.
  // (Without such runs there is nothing to drop: most articles are spared counting every sentence.)
  if (!pass.firstPersonRuns.size) return pass.out;
  let orphans = 0;
  for (const p of pass.paras) for (const x of p.sentences) if (x.free && x.strong && x.firstOutside) orphans++;
  return orphans >= 2 ? pass.out.filter((it) => !pass.firstPersonRuns.has(it)) : pass.out;
}

function occupy(busy: Map<number, Range[]>, block: number, r: Range): void {
  const list = busy.get(block);
  if (list) list.push(r);
  else busy.set(block, [r]);
}

function hasFree(p: Paragraph): boolean {
  for (const s of p.sentences) if (s.free) return true;
  return false;
}

/** Takes sentences from..to for an item whose words end in sentence `to`. */
function claim(pass: Pass, p: Paragraph, from: number, to: number, it: SpeechItem, through = to): void {
  for (let k = from; k <= through; k++) p.sentences[k]!.free = false;
  pass.out.push(it);
  p.endingIn[to] = it;
}

const PRONOUN_PHRASE = /^(?:he|she|they)$/i;

/** "…, he said in the lobby." (rule 1). */
function closedBySentence(pass: Pass, p: Paragraph, si: number): void {
  const { block, text, sentences } = p;
  const cue = closingCue(p, si);
  if (!cue) return;
  const from = cue.short ? si - 1 : extendBack(p, si, cue.phrase);
  const start = lead(text, sentences[from]!);
  const end = trimEnd(text, start, cue.contentEnd);
  if (end <= start) return;
  const it = item(
    [{ block, start, end }],
    { text: cue.text, span: { block, start: cue.start, end: cue.end } },
    cue.parent ? null : cue.phrase,
    { block, offset: cue.start },
    cue.parent,
  );
  const next = sentences[si + 1];
  if (!cue.parent && next && PRONOUN_PHRASE.test(cue.phrase))
    it.cataphora = cataphora(text.slice(next.start, next.end), latinOf(p));
  if (
    cue.reported &&
    !runIsSpeech(sentences, from, si - 1) &&
    !contentSpeaksNow(text.slice(sentences[si]!.start, cue.contentEnd))
  )
    it.kind = 'reported';
  claim(pass, p, from, si, it);
}

const OPENS_NAMING = dual(/^(?:These|Those|Such|This|That|The|So|Thus|\p{Lu}\p{Ll}+\s+of)\b/u);

/** "… goes home. Words of the undersecretary Ann Roy." (rule 1b). */
function namedAfter(pass: Pass, p: Paragraph, si: number): void {
  const { block, text, sentences } = p;
  const s = sentences[si]!;
  const next = sentences[si + 1]!;
  const nextText = text.slice(next.start, Math.min(next.end, next.start + 200));
  if (!pick(OPENS_NAMING, latinOf(p)).test(nextText) || isQuestion(text, s)) return;
  const m = pick(NOUN_OPENER, latinOf(p)).exec(nextText) ?? pick(SO_SAID, latinOf(p)).exec(nextText);
  // "The words of the mayor were clear" is a sentence about them, not a cue naming their speaker.
  if (!m?.[1] || FINITE.test(m[1]) || /\b\p{Ll}+ed\b/u.test(m[1])) return;
  const named = pick(TRAILING_NAME, latinOf(p)).exec(m[1]);
  const phrase = named?.[1] ?? m[1];
  const from = extendBack(p, si, phrase);
  const start = lead(text, sentences[from]!);
  const end = trimEnd(text, start, s.end);
  const at = next.start + (named ? m[0].lastIndexOf(named[1]!) : m[0].length - m[1].length);
  claim(
    pass,
    p,
    from,
    si,
    item(
      [{ block, start, end }],
      { text: m[0], span: { block, start: next.start, end: next.start + m[0].length } },
      phrase,
      { block, offset: at },
    ),
    si + 1,
  );
}

const LAST_PRONOUN = /\b(he|she|they|He|She|They)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s[^,:]*$/u;

/** "To reporters he offered only a short answer, in French: …" (rule 1c): on to the narration. */
function afterColon(pass: Pass, p: Paragraph, si: number): void {
  const { block, text, sentences } = p;
  const s = sentences[si]!;
  // (Searched inside the sentence: an indexOf over the rest of a long paragraph, per sentence, is quadratic.)
  const inSentence = text.slice(s.start, s.end).indexOf(': ');
  if (inSentence < 0 || inSentence >= s.end - s.start - 2) return;
  const colon = s.start + inSentence;
  const before = text.slice(s.start, colon);
  // The speech word must stand before the colon, in the clause that ends there.
  const words = findWords(before, COLON_WORDS, COLON_HASHES);
  const cue = words[words.length - 1];
  // (As written in lower case: "Told" in a heading's capitals, "Lives Told Well: …", is no verb.)
  if (!cue || before.length - cue.end > 60 || !isLowerCode(before.charCodeAt(cue.start))) return;
  const subject = subjectBefore(before.slice(0, cue.start));
  const pronoun = subject ? null : LAST_PRONOUN.exec(before.slice(0, cue.end));
  const phrase =
    subject && !/^(?:it|this|that|there|which|what|who)$/i.test(subject.phrase) ? subject.phrase : pronoun?.[1];
  if (!phrase) return;
  const at = s.start + (subject ? subject.at : pronoun!.index);
  let to = si;
  while (to + 1 < sentences.length && goesOnAfterColon(p, to + 1)) to++;
  const start = colon + 2;
  const end = trimEnd(text, start, sentences[to]!.end);
  if (end <= start) return;
  claim(
    pass,
    p,
    si,
    to,
    item([{ block, start, end }], { text: text.slice(at, colon), span: { block, start: at, end: colon } }, phrase, {
      block,
      offset: at,
    }),
  );
}

// A verb or a noun of speech, not any word of the scene ("his priorities at the conference: jobs, …").
const COLON_WORDS = new Set([...CLOSING_VERBS, ...SPEECH_NOUNS, 'words', 'word', 'sentence', 'spoke', 'speaks']);
const COLON_HASHES = hashesOf(COLON_WORDS);

/** After a colon the words run on until a sentence brings a cue or a subject of its own (narration). */
function goesOnAfterColon(p: Paragraph, i: number): boolean {
  const s = p.sentences[i]!;
  if (!s.free || s.intro || s.closing.length || (s.third && !s.first)) return false;
  return !/^(?:The|His|Her|Their)\s/.test(p.text.slice(s.start, s.start + 6));
}

/** Widens an item of the sentence pass back over the speech before its sentence (rule 2). */
function widen(p: Paragraph, it: SpeechItem): void {
  const { block, text, sentences } = p;
  if (it.kind === 'direct' || it.spans.length !== 1 || !it.cue?.span || it.parent) return;
  const span = it.spans[0]!;
  if (span.block !== block || it.cue.span.block !== block || it.cue.span.start < span.end) return;
  const si = sentenceAt(sentences, span.start);
  if (si <= 0 || lead(text, sentences[si]!) !== span.start) return;
  const from = extendBack(p, si, it.speakerPhrase ?? '');
  if (from === si) return;
  span.start = lead(text, sentences[from]!);
  if (it.kind === 'reported' && runIsSpeech(sentences, from, si)) it.kind = 'unmarked';
  // "…, says one of them": one of the group whose words the sentence before reported.
  if (/^one\s+of\s+(?:them|those)$/i.test(it.speakerPhrase ?? '') && from > 0) {
    const group = rootOf(p.endingIn[from - 1]);
    if (group && group !== it) it.parent = group;
  }
  const next = sentences[si + 1];
  if (!it.cataphora && next && PRONOUN_PHRASE.test(it.speakerPhrase ?? ''))
    it.cataphora = cataphora(text.slice(next.start, next.end), latinOf(p));
  for (let k = from; k < si; k++) sentences[k]!.free = false;
}

/** "…, one hears in his surroundings." (rule 3). */
function givenToCircle(pass: Pass, pi: number, si: number): void {
  const p = pass.paras[pi]!;
  const { block, text, sentences } = p;
  const s = sentences[si]!;
  const sentence = text.slice(s.start, s.end);
  for (const rule of CIRCLE_CUES) {
    const m = rule.pattern.exec(sentence);
    if (!m) continue;
    const named = m[1] && !/^(?:his|her|their|its)\s/i.test(m[1]) ? m[1] : null;
    const phrase = named ?? circleBefore(pass.paras, pi, s.start);
    if (!phrase) return;
    const from = extendBack(p, si, '', true);
    const start = lead(text, sentences[from]!);
    const end = trimEnd(text, start, s.start + m.index);
    if (end <= start) return;
    const cueStart = s.start + m.index + m[0].search(/[^,\s]/);
    claim(
      pass,
      p,
      from,
      si,
      item(
        [{ block, start, end }],
        { text: m[0].replace(/^,\s*/, '').replace(/[.!]$/, ''), span: { block, start: cueStart, end: s.end } },
        phrase,
        { block, offset: cueStart },
      ),
    );
    return;
  }
}

/** A first-person run from sentence si (rule 4); returns the last sentence looked at. */
function firstPersonRun(pass: Pass, pi: number, si: number): number {
  const p = pass.paras[pi]!;
  const { block, text, sentences } = p;
  const s = sentences[si]!;
  let to = si;
  while (to + 1 < sentences.length && continuesRun(p, to + 1)) to++;
  // A run with only "my" or "us" in it may be the writer's ("On the last day of my visit …").
  let strong = false;
  for (let k = si; k <= to; k++) strong ||= sentences[k]!.strong;
  // Speech closed by a cue in the next sentence is that cue's, whatever the sentence pass made of it.
  const next = sentences[to + 1];
  if (
    !strong ||
    WRITER_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 60))) ||
    (next && !next.free && (p.closed[to + 1] || closingCue(p, to + 1)))
  )
    return to;
  const start = lead(text, s);
  const spans = [{ block, start, end: trimEnd(text, start, sentences[to]!.end) }];
  let it: SpeechItem | null = null;
  const before = sentences[si - 1];
  if (before?.free) {
    const intro = introSubject(p, si - 1);
    if (intro) it = item(spans, null, intro.phrase, { block, offset: intro.at });
  } else if (before) {
    const parent = rootOf(p.endingIn[si - 1]);
    if (parent) it = item(spans, null, null, { block, offset: start }, parent);
  } else if (pi > 0 && pass.paras[pi - 1]!.block === block - 1) {
    const prev = pass.paras[pi - 1]!;
    const lastAt = prev.sentences.length - 1;
    const last = prev.sentences[lastAt];
    if (last?.free) {
      const intro = introSubject(prev, lastAt, true);
      if (intro) it = item(spans, null, intro.phrase, { block: prev.block, offset: intro.at });
    } else if (last) {
      // Words in quotation marks do not lose them halfway: only unmarked or reported speech goes on.
      const parent = rootOf(prev.endingIn[lastAt]);
      if (parent && parent.kind !== 'direct') it = item(spans, null, null, { block, offset: start }, parent);
    }
  }
  if (it) {
    claim(pass, p, si, to, it);
    pass.firstPersonRuns.add(it);
  }
  return to;
}

/** The paragraph's sentences with what each holds, from its words with their flags. */
function read(
  p: TextBlock,
  ranges: Range[],
  busy: Range[],
  quoted: Range[],
  always: boolean,
  flagWords: readonly TableWord[] | undefined,
): Paragraph {
  const { text } = p;
  const sentences: Sentence[] = [];
  const sorted = sortedByStart(busy);
  let b = 0;
  let maxEnd = -1;
  let free = 0;
  for (const r of ranges) {
    const s: Sentence = {
      start: r.start,
      end: r.end,
      free: true,
      first: false,
      strong: false,
      firstOutside: false,
      second: false,
      present: false,
      past: false,
      third: false,
      circle: false,
      circleCue: false,
      intro: false,
      closing: NO_CLOSING,
    };
    // A taken range overlaps the sentence when one starting before its end reaches past its start.
    while (b < sorted.length && sorted[b]!.start < r.end) maxEnd = Math.max(maxEnd, sorted[b++]!.end);
    if (maxEnd > r.start) s.free = false;
    else free++;
    sentences.push(s);
  }
  const para: Paragraph = { block: p.block, text, latin: undefined, sentences, endingIn: [], closed: [] };
  // A paragraph all taken needs no word scan (the opening paragraphs are read for the column test).
  if (!free && !always) return para;
  const words = flagWords ?? OWN_WORDS.scan(text).flagWords;
  const marks = sortedByStart(quoted);
  let q = 0;
  let w = 0;
  for (const s of sentences) {
    while (w < words.length && words[w]!.start < s.start) w++;
    for (; w < words.length && words[w]!.start < s.end; w++) {
      const { word, start, end, flags: bits } = words[w]!;
      if (bits & FIRST && firstPersonAt(text, start, end)) {
        s.first = true;
        if (word === 'i' || word === 'we') s.strong = true;
        while (q < marks.length && marks[q]!.end <= start) q++;
        if (!(q < marks.length && marks[q]!.start <= start)) s.firstOutside = true;
      }
      if (bits & SECOND) s.second = s.strong = true;
      if (bits & PRESENT) s.present = true;
      if (bits & PAST) s.past = true;
      if (bits & THIRD) s.third = true;
      if (bits & CIRCLE) s.circle = true;
      if (bits & CIRCLE_CUE) s.circleCue = true;
      if (bits & INTRO) s.intro = true;
      // A closing verb in lower case: "Said" opening a sentence closes nothing.
      if (bits & CLOSING && text.charCodeAt(start) >= 97)
        s.closing = s.closing === NO_CLOSING ? [words[w]!] : [...s.closing, words[w]!];
      if (
        bits & CONTRACTION &&
        start > 0 &&
        (text[start - 1] === '’' || text[start - 1] === "'") &&
        (word !== 's' || IS_CONTRACTED.test(text.slice(Math.max(0, start - 7), start)))
      )
        s.present = true;
    }
    // Only sentences still free can become speech: the others need no tense. And the past is only
    // ever asked of a sentence in the present ("is" and "-ed": a present that reports the past).
    if (s.free && s.present && !s.past) {
      // (The sentence is cut once, for both the pattern and the word pairs.)
      const sentence = text.slice(s.start, s.end);
      if (pick(ED, latinOf(para)).test(sentence)) s.past = pastParticipleAsVerb(sentence);
    }
  }
  return para;
}

const byStart = (a: Range, b: Range) => a.start - b.start;

/** The ranges in order of start (a stable sort): the list itself when it already is, as most are. */
function sortedByStart(ranges: Range[]): Range[] {
  for (let i = 1; i < ranges.length; i++) if (ranges[i - 1]!.start > ranges[i]!.start) return sortedCopy(ranges);
  return ranges;
}

/** Up to this many ranges (a paragraph's quotes and cues) are sorted by insertion: no comparator calls. */
const INSERTION_SORT_MAX = 16;

/** A sorted copy, stable: by insertion for a few ranges (quadratic, so only those), else by `sort`. */
function sortedCopy(ranges: Range[]): Range[] {
  if (ranges.length > INSERTION_SORT_MAX) return [...ranges].sort(byStart);
  const out = ranges.slice();
  for (let i = 1; i < out.length; i++) {
    const r = out[i]!;
    let j = i - 1;
    for (; j >= 0 && out[j]!.start > r.start; j--) out[j + 1] = out[j]!;
    out[j + 1] = r;
  }
  return out;
}

const IS_CONTRACTED = /\b(?:it|that|there|what|here|who|he|she)['’]$/i;

/** "I" the pronoun, not a middle initial or a numeral ("Peter I. Vos", "World War I"); "US" is a country.
 * (`text[start, end)` is a word of the scan, ASCII letters: read by character code, not cut and
 * upper-cased, which for a word of a two-byte paragraph is a call into the runtime.) */
function firstPersonAt(text: string, start: number, end: number): boolean {
  if (end - start === 1 && text.charCodeAt(start) === 73)
    return (
      /^(?:\s+\p{Ll}|['’](?:m|ve|ll|d)\b)/u.test(text.slice(end, end + 4)) &&
      !/\b(?:War|Part|Act|Chapter|Phase|Round)\s+$/.test(text.slice(Math.max(0, start - 10), start))
    );
  return !(end - start > 1 && allCapitals(text, start, end));
}

/** Whether the ASCII letters `text[start, end)` are all capitals (the word is its own upper case). */
function allCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 90) return false;
  return true;
}

// "-ed" words that are the verb of a past sentence ("The reading lasted two hours"), not participles
// after an auxiliary ("has been humiliated") or adjectives after an article ("the annulled goal").
// Lookarounds on letters, not \b (ASCII-only: between two accented letters it sees a boundary at
// every character, and the run would be read again from each).
const ED = dual(/(?<!\p{L})\p{Ll}{2,}ed(?!\p{L})/u);

/**
 * A column or an editorial: an opening paragraph starts in the first person outside quotes with no
 * cue in sight, or most of the free sentences are in the first person.
 */
function narratesInFirstPerson(paras: Paragraph[]): boolean {
  for (const p of paras.slice(0, 2)) {
    const s = p.sentences[0];
    if (s?.firstOutside && !s.closing.length && !s.intro) return true;
    // A paragraph that brings a speaker in may hand the next one its words.
    if (p.sentences.some((x) => x.intro || x.closing.length)) break;
  }
  let free = 0;
  let first = 0;
  for (const p of paras) {
    for (const s of p.sentences) {
      if (!s.free) continue;
      free++;
      if (s.first) first++;
    }
  }
  return free >= 6 && first * 2 > free;
}

// "The mayor has been awake since Friday. We met her at the depot …": the reporter meets someone.
const WRITER_OPENING = /^(?:I|We)\s+(?:\p{Ll}+\s+){1,2}(?:him|her|them)\b/u;

// (The last characters are enough: a sentence's end is its closing marks after the stop.)
const isQuestion = (text: string, s: Range) => /\?[”"’'»)]*$/.test(text.slice(Math.max(s.start, s.end - 6), s.end));

/** A sentence with no cue of its own that reads as speech: first or second person, or present tense about no one. */
function speechLike(p: Paragraph, i: number): boolean {
  const s = p.sentences[i]!;
  if (s.first || s.second) return true;
  if (!s.present || s.past || s.third || s.circle) return false;
  const text = p.text.slice(s.start, s.end);
  return !namesSomeone(text) && datelineLead(text) === 0 && !REPORTS_A_FACT.test(text);
}

// "The plant is the town's largest employer", "The vote is expected on May 3": the narrator's facts
// (figures, possessions, schedules), not an opinion someone voices.
const REPORTS_A_FACT =
  /\d|(?<!\p{L})(?!(?:it|that|there|what|here|who|he|she|let)['’]s)\p{L}+['’]s\b|\b(?:expected|scheduled|set|due|likely|based|located|owned|run)\s+(?:to|in|on|at|by)\b/iu;

/** A capitalised word inside a sentence that no article precedes: a name, so narration about someone. */
function namesSomeone(s: string): boolean {
  const re = /(?<!\S)(\S+)\s+(\p{Lu}\p{Ll}+)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const before = m[1]!;
    if (!/^(?:the|The|of|de|la|le)$/.test(before) && !/[.:!?]$/.test(before)) return true;
  }
  return false;
}

/** True when a run of sentences holds speech rather than past-tense narration. */
function runIsSpeech(sentences: Sentence[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const s = sentences[k]!;
    if (s.first || s.second || (s.present && !s.past)) return true;
  }
  return false;
}

/**
 * "Prices rose, the report said" is reported speech; "We will appeal, …" or "The law is clear, …" are
 * the words themselves: the first or second person, or the present, before a reporting verb.
 */
function contentSpeaksNow(content: string): boolean {
  return (
    /\b(?:I|we|We|you|You|my|our|Our|My|me|us)\b/.test(content) ||
    /\b(?:is|are|am|has|have|does|do|can|cannot|must|will|shall)\b/i.test(content)
  );
}

/** How far back the speech before a closing cue runs: over free sentences that read as speech. */
function extendBack(p: Paragraph, si: number, speaker: string, circle = false): number {
  let from = si;
  const name =
    /^\p{Lu}/u.test(speaker) && !/^(?:He|She|They|The|A|An|One)\b/.test(speaker) ? speaker.split(/\s+/).pop()! : null;
  while (from > 0) {
    const s = p.sentences[from - 1]!;
    if (!s.free || isQuestion(p.text, s) || (circle && s.circle)) break;
    const text = p.text.slice(s.start, s.end);
    if (name && text.includes(name)) break;
    if (!speechLike(p, from - 1) || (s.closing.length && !(s.first || s.second))) break;
    from--;
  }
  return from;
}

/** A sentence that goes on with a first-person run: first person, or present tense about no one. */
function continuesRun(p: Paragraph, i: number): boolean {
  const s = p.sentences[i]!;
  if (!s.free) return false;
  if (s.first || s.second) return true;
  if (!s.present || s.past || s.circle || s.closing.length) return false;
  const text = p.text.slice(s.start, s.end);
  return !/^(?:He|She|They|His|Her|Their)\b/.test(text) && datelineLead(text) === 0;
}

const isLowerCode = (c: number) => c >= 97 && c <= 122;

/** Where a sentence's words start, after any dateline ("LONDON — "). */
function lead(text: string, s: Range): number {
  return s.start + Math.min(s.end - s.start, datelineLead(text.slice(s.start, Math.min(s.end, s.start + 80))));
}

/** The end of the speech before a cue: no trailing comma or space, a sentence's own stop kept. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:–—-]/.test(text[end - 1] ?? '')) end--;
  return end;
}

interface ClosingCue {
  contentEnd: number;
  start: number;
  end: number;
  text: string;
  phrase: string;
  parent: SpeechItem | null;
  /** A reporting verb after past-tense narration: reported speech, not words. */
  reported: boolean;
  /** "…? Bosma asked." — the cue is a sentence of its own after the speech. */
  short: boolean;
}

/** The cue that closes a sentence's speech, if it has one the sentence pass did not take. */
function closingCue(p: Paragraph, si: number): ClosingCue | null {
  const { text, sentences } = p;
  const s = sentences[si]!;
  if (!s.closing.length) return null;
  const sentence = text.slice(s.start, s.end);
  const prev = sentences[si - 1];
  // "So you want to give my farmers to the sea? Bosma asked."
  if (prev?.free && isQuestionOrExclamation(text, prev) && s.closing[0]!.start - s.start < 80) {
    const short = pick(SHORT_CUE, latinOf(p)).exec(sentence) ?? null;
    const inverted = short ? null : pick(SHORT_CUE_INVERTED, latinOf(p)).exec(sentence);
    const verb = short ? short[2]! : (inverted?.[1] ?? '');
    const phrase = short ? short[1]! : (inverted?.[2] ?? '');
    const tail = short ? short[3]! : (inverted?.[3] ?? '');
    if (phrase && CLOSING_VERBS.has(verb) && tailOk(tail, verb)) {
      return {
        contentEnd: prev.end,
        start: s.start,
        end: s.end,
        text: sentence.replace(/[.!]$/, ''),
        phrase,
        parent: null,
        reported: false,
        short: true,
      };
    }
  }
  for (let k = s.closing.length - 1; k >= 0 && k >= s.closing.length - 2; k--) {
    const v = s.closing[k]!;
    const before = text.slice(Math.max(s.start, v.start - 120), v.start);
    const direct = pick(SUBJECT_BEFORE_VERB, latinOf(p)).exec(before);
    let phrase: string;
    let cueStart: number;
    let tail: string;
    if (direct?.[1]) {
      phrase = direct[1];
      cueStart = v.start - before.length + direct.index + direct[0].search(/[^,?!\s]/);
      tail = text.slice(v.end, s.end);
    } else if (/(?:,|[?!])\s+$/.test(before)) {
      const after = pick(SUBJECT_AFTER_VERB, latinOf(p)).exec(text.slice(v.end, s.end));
      if (!after?.[1]) continue;
      phrase = after[1];
      cueStart = v.start;
      tail = text.slice(v.end + after[0].length, s.end);
    } else continue;
    if (!plausiblePhrase(phrase) || !tailOk(tail, v.word)) continue;
    const contentEnd = cueStart - (text.slice(s.start, cueStart).match(/[,\s]*$/)?.[0].length ?? 0);
    const content = text.slice(lead(text, s), contentEnd);
    if (content.split(/\s+/).length < 3 && !/[?!]$/.test(content)) continue;
    if (INTRODUCES.test(content) || (SUBORDINATE_START.test(content) && !content.includes(','))) continue;
    // "…, says one of them": one of the group whose words the sentence before reported.
    const parent = /^one\s+of\s+(?:them|those)$/i.test(phrase) ? rootOf(p.endingIn[si - 1]) : null;
    if (/^one\s+of\s+(?:them|those)$/i.test(phrase) && !parent) continue;
    return {
      contentEnd,
      start: cueStart,
      end: s.end,
      text: text.slice(cueStart, s.end).replace(/[.!?]$/, ''),
      phrase,
      parent,
      reported: REPORTING_VERB_SET.has(v.word) && !OBJECT_VERBS.has(v.word),
      short: false,
    };
  }
  return null;
}

const isQuestionOrExclamation = (text: string, s: Range) =>
  /[?!][”"’'»)]*$/.test(text.slice(Math.max(s.start, s.end - 6), s.end));

/** A speaker phrase, not a clause that happens to stand before a verb. */
function plausiblePhrase(phrase: string): boolean {
  if (/^(?:it|this|that|there|which|what|who|one|i|we|you)$/i.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  if (/^(?:the|a|an)$/i.test(words[0] ?? '')) return words.length <= 8 && !FINITE.test(phrase);
  return true;
}

/**
 * What may follow a closing verb: who was told, a place or a manner ("in the lobby", "to the
 * television before the session"), then an aside after a comma ("red in the face", "without naming
 * him", "reading the ruling"); never a new clause ("…, he said the plan would pass", "…, and left").
 */
function tailOk(tail: string, verb: string): boolean {
  const t = tail.replace(/[.!?]+[”"’'»)]*\s*$/, '').trim();
  if (!t) return true;
  if (/[:;“”"«»„]/.test(t)) return false;
  const comma = t.indexOf(',');
  const head = (comma < 0 ? t : t.slice(0, comma)).trim();
  const aside = comma < 0 ? '' : t.slice(comma + 1).trim();
  if (head) {
    if (/\bthat\b/i.test(head) || FINITE.test(head)) return false;
    const words = head.split(/\s+/);
    const first = words[0]!.toLowerCase();
    const adjunct = TAIL_START.has(first) || /ly$|ing$/.test(first);
    if (!(adjunct ? words.length <= 15 : OBJECT_VERBS.has(verb) && words.length <= 12)) return false;
  }
  if (aside) {
    const words = aside.split(/\s+/);
    // "The decision to close the plant, she said, was final": a verb after the cue makes it a middle cue.
    if (
      words.length > 25 ||
      !/^\p{Ll}/u.test(aside) ||
      /^(?:and|but|or|so|yet|because|then|he|she|they|it|we|i|that|the|a|an|this|these|those|his|her|their|our|my|its)$/.test(
        words[0]!,
      ) ||
      FINITE.test(words[0]!)
    )
      return false;
  }
  return true;
}

/** The name a next sentence gives to a pronoun cue: "…, he said. Rolf Berg, group leader of …". */
function cataphora(next: string, latin: boolean): string | null {
  // Someone set against the last speaker is someone else (sentence-rules.ts, CONTRAST).
  if (CONTRAST.test(next)) return null;
  const m = pick(CATAPHORA_NAME, latin).exec(next);
  if (!m?.[1]) return null;
  if (m[2] && !ROLE_WORDS.has(m[2])) return null;
  return m[1];
}

/** The narration sentence that introduces a run: its subject, when it is a person or the speaker. */
function introSubject(p: Paragraph, i: number, paragraphEnd = false): { phrase: string; at: number } | null {
  const s = p.sentences[i]!;
  const sentence = p.text.slice(s.start, s.end);
  if (s.first || s.second || isQuestion(p.text, s)) return null;
  // Only a sentence that speaks of speaking hands its subject the words after it ("spoke briefly",
  // "answered at length", "broke the silence"): after "Jane Roe runs the bakery." an "I" may be the writer's.
  if (!s.intro && !(paragraphEnd && /:\s*$/.test(sentence))) return null;
  // The sentence's opening subject ("The finance minister and party leader spoke …", "Sarti arrived
  // and spoke …"); else the subject of its speech word ("Asked whether …, the premier answered").
  const opening = openingSubject(sentence, latinOf(p));
  if (opening) return { phrase: opening, at: s.start };
  const words = [...sentence.matchAll(/\p{L}+/gu)];
  const cue = words.find((w) => INTRO_WORDS.has(w[0]));
  if (!cue) return null;
  const subject = subjectBefore(sentence.slice(0, cue.index));
  if (!subject || /^(?:it|this|that|there|which|what|who)$/i.test(subject.phrase)) return null;
  // "… leader of the FBP spoke": a name after a preposition is not who spoke.
  if (/\b(?:of|for|from|in|at|with|to|by|on)\s+(?:the\s+)?$/i.test(sentence.slice(0, subject.at))) return null;
  return { phrase: subject.phrase.replace(/^(?:and|but|then)\s+/i, ''), at: s.start + subject.at };
}

const OPENING_NAME = dual(new RegExp(`^(${NAME})(?=\\s+\\p{Ll}|,)`, 'u'));
const NOT_SUBJECT =
  /^(?:The|A|An|It|This|That|These|Those|There|In|On|At|After|Before|When|While|But|And|So|Then|Now|Today|Yesterday|Tonight|Shortly|Later|Earlier|Next|Between|Among|From|For|With|Without|During|Since|Until|According|Asked|Not|Only|Even|Also|Meanwhile|However|Nobody|Everybody|Somebody|Someone|Everyone|No|Every|Each|Some|All|Many|Most|Few)\b/;

/** The subject a sentence opens with: a pronoun, a name, or "the" and a role ("The finance minister"). */
function openingSubject(sentence: string, latin: boolean): string | null {
  const pronoun = /^(He|She|They)\b/.exec(sentence);
  if (pronoun) return pronoun[1]!;
  const name = pick(OPENING_NAME, latin).exec(sentence);
  if (name?.[1] && !NOT_SUBJECT.test(name[1])) return name[1];
  if (!/^(?:The|the)\s/.test(sentence)) return null;
  const words = sentence.split(/\s+/, 6);
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!.replace(/[,.;:]+$/, '');
    if (!/^\p{Ll}/u.test(w)) return null;
    if (ROLE_WORDS.has(w)) return [...words.slice(0, k), w].join(' ');
    if (words[k] !== w) return null;
  }
  return null;
}

/** Which items end in which sentence, and which sentences close an item with a cue: one pass. */
function indexItems(p: Paragraph, own: SpeechItem[]): void {
  // (A paragraph without items keeps its empty lists: a sentence missing from them reads as none.)
  if (!own.length) return;
  const n = p.sentences.length;
  // (Filled by pushes: an array made at its length and filled after was slower than the look-ups below.)
  const endingIn: (SpeechItem | null)[] = [];
  const closed: boolean[] = [];
  const bestEnd: number[] = [];
  for (let k = 0; k < n; k++) {
    endingIn.push(null);
    closed.push(false);
    bestEnd.push(-1);
  }
  p.endingIn = endingIn;
  p.closed = closed;
  for (const it of own) {
    const last = it.spans[it.spans.length - 1]!;
    if (last.block !== p.block) continue;
    const cue = it.cue?.span;
    if (cue && cue.block === p.block && cue.start >= last.end) {
      const ci = sentenceAt(p.sentences, cue.start);
      if (ci >= 0) p.closed[ci] = true;
    }
    if (!(it.speakerPhrase || it.parent)) continue;
    const end = Math.max(last.end, cue?.block === p.block ? cue.end : 0);
    const si = sentenceAt(p.sentences, end - 1);
    if (si >= 0 && end > bestEnd[si]!) {
      bestEnd[si] = end;
      p.endingIn[si] = it;
    }
  }
}

/** The item a continuation hangs from: the first of its chain. */
const rootOf = (it: SpeechItem | null | undefined): SpeechItem | null => (it ? (it.parent ?? it) : null);

/**
 * The circle that a cue like "one hears in his surroundings" means: the latest one named before it,
 * in this paragraph or the one before (read only so far back: a long paragraph is not read again per cue).
 */
const CIRCLE_WINDOW = 1500;
function circleBefore(paras: Paragraph[], pi: number, at: number): string | null {
  for (let k = pi; k >= 0 && k >= pi - 1; k--) {
    const text = paras[k]!.text;
    const end = k === pi ? at : text.length;
    const window = text.slice(Math.max(0, end - CIRCLE_WINDOW), end);
    let found: string | null = null;
    CIRCLE_MENTION.lastIndex = 0;
    for (let m = CIRCLE_MENTION.exec(window); m; m = CIRCLE_MENTION.exec(window)) found = m[1]!;
    if (found) return found;
  }
  return null;
}
