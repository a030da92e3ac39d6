/**
 * Finds every quote in an article and who said it. The phases, in order (each reads what the ones
 * before it produced; only the registry of entities is shared, and only phases 2, 6 and 7 write to it):
 *   1. Candidate speech: quoted spans in every mark style and dash dialogue (find-quoted-spans),
 *      each with the cue after, before or around it (find-cue); interview and transcript turns
 *      (find-interview-turns); sentence rules for speech without marks, from a table
 *      (sentence-rules, reported-clause); unmarked runs of translated speech (find-unmarked-speech).
 *   2. Candidate mentions, found once: name runs with their evidence (name-mentions), one entity per
 *      person or body (entities), roles from appositions and titles (find-roles).
 *   3. Speaker phrases resolved in reading order, each through a sieve from the most precise reading
 *      to the least (resolve-speaker): pronoun, known name, a body's spokesperson, a full name in the
 *      phrase, a new name, a role someone has, the person the text is about, an unnamed source.
 *   4. Alongside 3, what each sentence is about (sentence-subjects), so that a pronoun or a bare role
 *      goes to the subject a reader follows, not to a name met in passing.
 *   5. Quotes with no cue take the speaker a reader would assume (inherit-speakers).
 *   6. Tweets are linked to the speaker the article names (tweet-author).
 *   7. Output: speakers with their kind, quotes with ids from the speaker and the words (output).
 */
import type { Block, Mention, Quote, Speaker, Span, Tweet } from '../schema';
import { buildRegistry, globalPosition, type Entity, type EntityRegistry } from './entities';
import { inheritSpeakers } from './inherit-speakers';
import { attributeCaptionedQuotes } from './captioned-quotes';
import { cueAfter, cueBefore, cueWithin, labelLine, possessedWordsCue, signatureLine, type CueMatch } from './find-cue';
import {
  findDashDialogue,
  findQuotedSpans,
  findSingleQuotedSpans,
  type QuotedSpan,
  type TextBlock,
} from './find-quoted-spans';
import { withInterviewTurns } from './find-interview-turns';
import { readRoles } from './find-roles';
import { addRoleAliases } from './role-aliases';
import { hasWords, isJsSpace } from '../text/ascii-words';
import { patternFor } from '../text/latin-pattern';
import { CATAPHORA, CONTRAST, findSentenceSpeech, RULE_BITS_BY_WORD, trailingAdverbial } from './find-sentence-speech';
import { ABBREVIATION_BEFORE } from './lexicon';
import { isSpeech } from './is-speech';
import { dropFragmentsOfReported } from './nested-quotes';
import { findUnmarkedSpeech, UNMARKED_FLAGS } from './find-unmarked-speech';
import { findNameMentions, type NameMention } from './name-mentions';
import { buildQuotes, buildSpeakers } from './output';
import { isPronoun, resolveSpeaker } from './resolve-speaker';
import { SubjectTracker } from './sentence-subjects';
import { sentenceAt, splitSentences } from '../text/sentences';
import { lowerBound, RangeIndex, type Range } from '../text/sorted-search';
import { firstSpan, type SpeechItem } from './speech-item';
import { linkTweetAuthor } from './tweet-author';
import { ParagraphTexts, type ParagraphTextOf } from './paragraph-texts';
import { unnamedIntoBodies } from './unnamed-into-bodies';
import { WordTable, type TableWord } from './word-table';

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
  tweets: Tweet[];
}

const CUE_WINDOW = 220;

// The words both speech passes read (trigger words of the sentence rules, the unmarked pass's
// flagged words): each paragraph is scanned for them once.
const SPEECH_WORDS = new WordTable(RULE_BITS_BY_WORD, UNMARKED_FLAGS);

export interface ArticleContext {
  /** The byline: in a column, "I wrote" is the author speaking. */
  author?: string | null;
}

export function attributeQuotes(blocks: Block[], tweets: Tweet[], context: ArticleContext = {}): Attribution {
  // (Plain loops below, not flatMap or maps built from arrays of pairs: on a short article those
  // allocations cost as much as the look-ups they serve.)
  const paragraphs: TextBlock[] = [];
  const textOf = new ParagraphTexts();
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.type !== 'paragraph') continue;
    paragraphs.push({ block, text: b.text });
    textOf.set(block, b.text);
  }

  const doubles = findQuotedSpans(paragraphs);
  const inDoubleQuotes = new Set<number>();
  for (const q of doubles) for (const p of q.parts) inDoubleQuotes.add(p.block);
  const singles = findSingleQuotedSpans(paragraphs, doubles);
  const dashes = findDashDialogue(paragraphs, inDoubleQuotes);
  // (Most articles quote in double marks only: their list is not copied.)
  const quoted = singles.length > 0 || dashes.length > 0 ? [...doubles, ...singles, ...dashes] : doubles;
  const quotedRanges = rangesByBlock(quoted, partsOf);
  // (By paragraph number in an array, not a map: every mention of the article is asked about.)
  const quotedIndex: (RangeIndex | undefined)[] = [];
  for (const [block, ranges] of quotedRanges) quotedIndex[block] = new RangeIndex(ranges);

  const mentions: NameMention[] = [];
  for (const p of paragraphs) for (const m of findNameMentions(p.block, p.text)) mentions.push(m);
  const insideQuote = insideQuoteOf(quotedIndex);
  const registry = buildRegistry(mentions, insideQuote);
  registry.narrator = context.author ?? null;
  // (Lists by paragraph number in arrays, not maps: each sentence asks for its paragraph's.)
  const mentionsOf: NameMention[][] = [];
  for (const m of mentions) (mentionsOf[m.block] ??= []).push(m);
  for (const p of paragraphs) readRoles(p.text, mentionsOf[p.block] ?? [], registry);

  const items: SpeechItem[] = [];
  const marks = markIndex(quoted);
  const sentencesOf = sentenceSplitter(textOf);
  // Quotes whose cue is a speaker's label ("Roy (HRFC):"): there one unknown word is a person.
  const labelledItems = new Set<SpeechItem>();
  for (const q of quoted) {
    const it = directItem(q, textOf, marks, sentencesOf, labelledItems);
    if (it) items.push(it);
  }
  // A column of quotes, each captioned by the paragraph after it.
  attributeCaptionedQuotes(items, textOf);
  // Interviews and transcripts: the layout (dash, Q:/A:, a speaker's label) says who speaks.
  // (Most articles have none: then the list comes back as it was, and is not copied into itself.)
  const withTurns = withInterviewTurns(paragraphs, items);
  if (withTurns !== items) items.splice(0, items.length, ...withTurns);
  // Scare quotes inside a sentence do not stop it from being reported speech.
  const speechRanges = rangesByBlock(items, spansOf);
  // (Per paragraph, in order: the flagged words for the unmarked pass.)
  const flagWords: TableWord[][] = [];
  for (const p of paragraphs) {
    const words = SPEECH_WORDS.scan(p.text);
    flagWords.push(words.flagWords);
    const quoted = speechRanges.get(p.block) ?? [];
    items.push(...findSentenceSpeech(p.block, p.text, quoted, sentencesOf(p.block), words.ruleWords));
  }
  dropFragmentsOfReported(items);
  // Speech whose marks were lost (machine translation): runs of first-person or present-tense sentences.
  items.push(...findUnmarkedSpeech(paragraphs, sentencesOf, quotedRanges, items, flagWords));
  items.sort(byFirstSpan);

  const mentionStarts: number[][] = [];
  for (const p of paragraphs) {
    const list = mentionsOf[p.block];
    if (list) mentionStarts[p.block] = list.map(startOf);
  }
  // Resolve in reading order, so each attribution makes its speaker the latest one seen, and each
  // sentence before it has said whom it is about (see sentence-subjects.ts).
  const subjects = new SubjectTracker(
    {
      blocks: paragraphs,
      sentencesOf,
      mentionsOf: listOf(mentionsOf),
      mentionStartsOf: listOf(mentionStarts),
      insideQuote,
    },
    registry,
  );
  for (const it of items) {
    subjects.advanceTo(globalPosition(it.phraseAt.block, it.phraseAt.offset));
    if (it.parent) it.speaker = it.parent.speaker;
    else if (it.cataphora)
      it.speaker =
        registry.findByName(it.cataphora) ??
        resolveSpeaker(it.cataphora, it.phraseAt.block, it.phraseAt.offset, registry);
    else if (it.speakerPhrase)
      it.speaker =
        resolveSpeaker(
          it.speakerPhrase,
          it.phraseAt.block,
          phraseOffset(it, it.speakerPhrase, textOf, sentencesOf),
          registry,
        ) ?? (labelledItems.has(it) ? labelledPerson(it.speakerPhrase, registry) : null);
    if (it.speaker) registry.seeAsSubject(it.speaker, globalPosition(it.phraseAt.block, it.phraseAt.offset));
  }
  inheritSpeakers(items, {
    textOf,
    registry,
    mentionsBetween: mentionsBetweenOf(mentionsOf, mentionStarts, insideQuote),
  });
  unnamedIntoBodies(items, registry);
  // Reported speech with nobody to report it is narration, not a quote.
  const speech = items.filter((it) => it.kind === 'direct' || it.speaker !== null);

  const tweetAuthors = tweets.map((t) => linkTweetAuthor(t, registry));
  const speaking = new Set<Entity>(tweetAuthors);
  for (const it of speech) if (it.speaker) speaking.add(it.speaker);
  addRoleAliases(speaking, paragraphs);
  const { speakers, mentions: mentioned, idOf } = buildSpeakers(registry.entities, speech, tweetAuthors);
  return {
    quotes: buildQuotes(speech, blocks, tweets, tweetAuthors, idOf, textOf),
    speakers,
    mentions: mentioned,
    // (A spread, not Object.assign({}, t, …): the same keys in the same order, and several times as
    // fast; Object.assign was ~0.6% of the bench's profile for about one tweet per article.)
    tweets: tweets.map((t, i) => ({ ...t, speakerId: idOf.get(tweetAuthors[i]!) ?? null })),
  };
}

// The look-ups below are made by factories rather than written as named arrows inside
// attributeQuotes: under tsx (the bench, the CLIs) every named closure is renamed each time it is
// made, about 0.3 µs apiece, and an article made a few dozen of them.

/**
 * Where a speaker phrase is resolved. A pronoun after the words it reports without quotation marks
 * ("Mayor Omar Zafar is wasting money, he said."; "We will not let Zafar …, he said.") is read where
 * those words start: they are what "he" said, so he is none of the people they name (of himself he
 * would have said "I").
 */
function phraseOffset(
  it: SpeechItem,
  phrase: string,
  textOf: ParagraphTexts,
  sentencesOf: (block: number) => Range[],
): number {
  const { block, offset } = it.phraseAt;
  if (!isPronoun(phrase)) return offset;
  const span = firstSpan(it);
  if (it.kind !== 'direct' && block === span.block && offset >= span.end) return span.start;
  // "Speaking to Dev Marlow, he said …", "After meeting Marlow, he told …": the pronoun is the
  // subject of the participle that opens the sentence, not whom that participle's phrase names.
  const text = textOf.get(block);
  if (!text) return offset;
  const start = startOfSentence(sentencesOf(block), offset);
  return offset - start < 200 && PARTICIPLE_OPENING.test(text.slice(start, offset)) ? start : offset;
}

// A sentence's opening participle's phrase, up to the comma before its subject.
const PARTICIPLE_OPENING =
  /^(?:(?:After|Before|While|When|Upon|On|By)\s+)?\p{Lu}?\p{Ll}+ing\s(?:[^,.;:“”"]*,){1,3}\s*$/u;

const startOf = (m: NameMention) => m.start;

/** Reading order of items by where their words start (the order of `globalPosition`, without its sums). */
const byFirstSpan = (a: SpeechItem, b: SpeechItem) => {
  const x = firstSpan(a);
  const y = firstSpan(b);
  return x.block - y.block || x.start - y.start;
};

/** Whether a mention stands inside quotation marks (marks included). */
const insideQuoteOf =
  (quotedIndex: (RangeIndex | undefined)[]) =>
  (m: { block: number; start: number }): boolean =>
    quotedIndex[m.block]?.contains(m.start) ?? false;

/** Each paragraph's sentences, split once, when first needed. */
function sentenceSplitter(textOf: ParagraphTextOf): (block: number) => Range[] {
  // (By paragraph number in an array: the subjects pass asks once per sentence.)
  const cache: Range[][] = [];
  return (block) => (cache[block] ??= splitSentences(textOf.get(block) ?? ''));
}

/** The list a paragraph without one is given: shared and read only, not a new array per question. */
const NONE: readonly never[] = [];

/** A paragraph's list from the lists by paragraph number, empty when it has none. */
const listOf =
  <T>(lists: T[][]) =>
  (block: number): readonly T[] =>
    lists[block] ?? NONE;

/** The people named outside quotation marks in [start, end) of a paragraph. */
const mentionsBetweenOf =
  (mentionsOf: NameMention[][], mentionStarts: number[][], insideQuote: (m: NameMention) => boolean) =>
  (block: number, start: number, end: number): NameMention[] => {
    const list = mentionsOf[block] ?? NONE;
    const out = [];
    for (let i = lowerBound(mentionStarts[block] ?? NONE, start); i < list.length && list[i]!.start < end; i++) {
      const m = list[i]!;
      if (m.kind === 'person' && !insideQuote(m)) out.push(m);
    }
    return out;
  };

const partsOf = (q: QuotedSpan) => q.parts;
const spansOf = (it: SpeechItem) => it.spans;

/** The spans' ranges per paragraph, widened by one character to cover the marks. */
function rangesByBlock<T>(list: readonly T[], spansOf: (x: T) => Span[]): Map<number, Range[]> {
  const out = new Map<number, Range[]>();
  for (const x of list) {
    for (const p of spansOf(x)) {
      const list = out.get(p.block) ?? [];
      list.push({ start: p.start - 1, end: p.end + 1 });
      out.set(p.block, list);
    }
  }
  return out;
}

interface MarkIndex {
  opens: Map<number, number[]>;
  closes: Map<number, number[]>;
}

/** Positions of opening and closing marks per paragraph, sorted, to find a quote's neighbours fast. */
function markIndex(quoted: QuotedSpan[]): MarkIndex {
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  for (const q of quoted) {
    addPosition(opens, q.open.block, q.open.at);
    if (q.close) addPosition(closes, q.close.block, q.close.at);
  }
  // (Most paragraphs hold one quote: a list of one is sorted already.)
  for (const list of opens.values()) if (list.length > 1) list.sort(byNumber);
  for (const list of closes.values()) if (list.length > 1) list.sort(byNumber);
  return { opens, closes };
}

const byNumber = (a: number, b: number) => a - b;

function addPosition(map: Map<number, number[]>, block: number, at: number): void {
  const list = map.get(block) ?? [];
  list.push(at);
  map.set(block, list);
}

const SENTENCE_END_CHARS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));

// "…?” Ana Roy told Harbour public radio station KXRT.": after a verb of addressing, the words to the
// sentence's end are whom she told, not a sentence of her own, unless a clause starts there ("told
// reporters the bridge had failed").
const ADDRESSING = /\b(?:told|tells|asked|asks|informed|informs)$/;
const CLAUSE_WORD =
  /\b(?:that|was|were|is|are|had|has|have|would|will|could|should|did|does|can|may|might|must|\p{Ll}+ed)\b/u;

/** A quoted span becomes speech when a cue attributes it or it reads as speech; scare quotes do not. */
function directItem(
  q: QuotedSpan,
  textOf: ParagraphTextOf,
  marks: MarkIndex,
  sentencesOf: (block: number) => Range[],
  labelledItems: Set<SpeechItem>,
): SpeechItem | null {
  const first = q.parts[0]!;
  const last = q.parts[q.parts.length - 1]!;
  const openText = textOf.get(q.open.block) ?? '';
  const closeText = textOf.get(last.block) ?? '';
  const afterFrom = q.close ? q.close.at + 1 : last.end;
  // Nothing but spaces before the opening mark: the quote opens its paragraph.
  const opensParagraph = onlySpacesBefore(openText, q.open.at);
  const opens = marks.opens.get(last.block) ?? NONE;
  const nextOpen = opens[lowerBound(opens, afterFrom + 1)] ?? closeText.length;
  const sentenceEnd = endOfSentence(closeText, afterFrom);
  let cue = cueAfter(closeText, afterFrom, Math.min(nextOpen, sentenceEnd, afterFrom + CUE_WINDOW));
  // A quote that ends its own sentence ("… my first year.") is followed by a new one: "Lindgren said
  // the ferry had lost money" is her own statement, not the cue of the quote. Only a short closing
  // sentence ("Costa said.", "Rendl asked reporters.") still attributes it.
  // (".,” Trump said, noting …": a comma after the full stop carries the sentence on to its cue.)
  // (The quote's last character alone, not a copy of the whole quote, is what the end is read from.)
  const endsSentence =
    last.end > last.start &&
    SENTENCE_END_CHARS.has(closeText.charCodeAt(last.end - 1)) &&
    !commaBeforeWords(closeText, last.end, afterFrom + 1);
  const signed = cue !== null && dashBetween(closeText, afterFrom, cue.start);
  // (Words after the cue, not the comma that opens them: ", Dame Ana Roy." is three.)
  if (
    cue &&
    endsSentence &&
    !signed &&
    hasWords(closeText, pastSeparators(closeText, cue.end, sentenceEnd), sentenceEnd, 4) &&
    // "…?” Perry said, when asked about it.": a comma after the verb leaves it no clause of its own to
    // report, so the sentence is the quote's cue.
    !commaAndWordFollow(closeText, cue.end) &&
    !(ADDRESSING.test(cue.text) && !CLAUSE_WORD.test(closeText.slice(cue.end, sentenceEnd))) &&
    // "… is full.” The company said in a news release.": the cue's own phrases, no sentence of its own;
    // only for a quote that opens its paragraph ("Ana Roy was furious: “…” The company said in a
    // statement." is hers).
    !(opensParagraph && trailingAdverbial(closeText.slice(cue.end, sentenceEnd)))
  )
    cue = null;
  let cueBlock = last.block;
  if (!cue) {
    const closes = marks.closes.get(q.open.block) ?? NONE;
    const prevClose = closes[lowerBound(closes, q.open.at) - 1];
    const from = Math.max(
      startOfSentence(sentencesOf(q.open.block), q.open.at),
      prevClose === undefined ? 0 : prevClose + 1,
    );
    cue =
      possessedWordsCue(openText, from, q.open.at, openText.slice(first.start, first.end)) ??
      cueBefore(openText, from, q.open.at) ??
      cueWithin(openText, from, q.open.at);
    cueBlock = q.open.block;
  }
  // "The council's leader, Cllr Ana Roy, added:" closing the paragraph before: the cue of a quote
  // that opens the next one.
  const previousText = textOf.get(q.open.block - 1);
  if (!cue && opensParagraph && previousText && endsWithColon(previousText)) {
    const sentences = sentencesOf(q.open.block - 1);
    const from = sentences[sentences.length - 1]?.start ?? 0;
    cue = cueBefore(previousText, from, previousText.length) ?? openingSubjectCue(previousText, from);
    if (cue) cueBlock = q.open.block - 1;
  }
  let labelled = false;
  const endsParagraph = onlyStopsFrom(closeText, afterFrom);
  // A label opening the quote's paragraph, the quote running to its end or on into the next: "Roy
  // (HRFC): “…”" (not a headline's "Fed chair: “No guarantee” of a cut").
  if (!cue && (endsParagraph || q.parts.length > 1) && q.open.at > 0 && q.open.at <= 80) {
    cue = labelLine(openText.slice(0, q.open.at), true);
    if (cue) cueBlock = q.open.block;
    labelled = cue !== null;
  }
  // A quote that is its whole paragraph, labelled by the one before ("Ana Roy (Harbour Rovers)") or
  // signed by the next ("— Ana Roy, mayor").
  if (!cue && endsParagraph && opensParagraph) {
    const nextText = textOf.get(last.block + 1);
    cue = previousText ? labelLine(previousText) : null;
    if (cue) {
      cueBlock = q.open.block - 1;
      labelled = true;
    } else if (nextText) {
      cue = signatureLine(nextText);
      if (cue) cueBlock = last.block + 1;
    }
  }
  const words =
    q.parts.length === 1
      ? closeText.slice(first.start, first.end)
      : q.parts.map((p) => (textOf.get(p.block) ?? '').slice(p.start, p.end)).join(' ');
  const cueText = textOf.get(cueBlock) ?? '';
  // (Read only for a pronoun's cue: a name needs no cataphora.)
  const cataphora = cue && /^(?:he|she|they)$/i.test(cue.speaker) ? cataphoraAfter(cueText, cue.end) : null;
  if (!isSpeech(words, openText.slice(Math.max(0, q.open.at - 40), q.open.at), cue !== null, q.single)) return null;
  const item: SpeechItem = {
    kind: 'direct',
    spans: q.parts,
    cue: cue ? { text: cue.text, span: { block: cueBlock, start: cue.start, end: cue.end } } : null,
    speakerPhrase: cue?.speaker ?? null,
    phraseAt: { block: cueBlock, offset: cue?.start ?? first.start },
    cataphora,
    parent: null,
    speaker: null,
  };
  // (Kept beside the items, not as a field of some of them: items of one shape keep the passes that
  // read them fast.)
  if (labelled) labelledItems.add(item);
  return item;
}

/** How far after a pronoun's cue the sentence naming the speaker is looked for. */
const CATAPHORA_WINDOW = 400;

/**
 * "“…,” he said. Putin, who …": the name that opens the sentence after a pronoun's cue (from `from`
 * on), with a clause or description after its comma, when the sentence sets no one against him.
 * Only the next sentence matters: the script check must not read the whole paragraph per quote.
 */
function cataphoraAfter(text: string, from: number): string | null {
  // The next sentence opens past the first stop and the spaces after it (`/^[^.!?]*[.!?]\s*/`), or
  // at `from` when the window holds no stop. (Found by code, not by a pattern's copy of the rest.)
  const end = Math.min(text.length, from + CATAPHORA_WINDOW);
  let start = from;
  let i = from;
  while (i < end && !isSentenceStop(text.charCodeAt(i))) i++;
  if (i < end) {
    i++;
    while (i < end && isJsSpace(text.charCodeAt(i))) i++;
    start = i;
  }
  if (!mayOpenWithNameAndComma(text, start, end)) return null;
  const next = text.slice(start, end);
  // (The name first: it opens few sentences, and only then is the sentence read for a contrast.)
  const named = patternFor(CATAPHORA, next).exec(next);
  if (!named || CONTRAST.test(/^[^.!?]*[.!?]?/.exec(next)?.[0] ?? next)) return null;
  return named[1]!;
}

const isSentenceStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/**
 * Whether `text[start, end)` may open with a name and a comma, as `CATAPHORA` needs: nothing but
 * letters, apostrophes, hyphens and spaces before its first comma (any character beyond ASCII is let
 * through, as it may be a letter). Most sentences after a cue fail at once, and are spared the
 * script check of the window and the pattern.
 */
function mayOpenWithNameAndComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (c < 0x80 && !((c | 0x20) >= 97 && (c | 0x20) <= 122) && c !== 39 && c !== 45 && !isJsSpace(c)) return false;
  }
  return false;
}

const ONE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

/** A speaker's label the resolver left open: one capitalised word ("Pellegrini (MCFC):") is a surname. */
function labelledPerson(phrase: string, registry: EntityRegistry): Entity | null {
  if (!ONE_NAME.test(phrase)) return null;
  return registry.findByName(phrase) ?? registry.add(phrase, 'person');
}

// "Whitmore had a blunt message for anyone still there:": whoever the sentence is about speaks next.
const OPENING_SUBJECT =
  /^((?:He|She|They)|(?:The|Its|His|Her|Their)\s+[^,:;“”"«»]{1,60}?(?:,\s*(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+(?=,))?|(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=,|\s+\p{Ll})/u;

function openingSubjectCue(text: string, from: number): CueMatch | null {
  const m = OPENING_SUBJECT.exec(text.slice(from));
  if (!m?.[1] || /^(?:The|A|An|It|This|That|There|In|On|At|After|Before|When|While|But|And)$/.test(m[1])) return null;
  const end = text.trimEnd().length;
  return { speaker: m[1], text: text.slice(from, end), start: from, end };
}

// A full stop after "Mr." or an initial does not end the sentence that holds the cue. (Sticky: read
// only at a full stop that may end the sentence.)
const ABBREVIATION_STOP = new RegExp(`(?<=${ABBREVIATION_BEFORE})\\.`, 'y');
/** How far after a closing mark the end of its sentence is looked for. */
const SENTENCE_WINDOW = 400;

/** Where the words after a cue start: past the spaces, commas and semicolons that open them. */
function pastSeparators(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!(isJsSpace(c) || c === 44 || c === 59)) break;
    i++;
  }
  return i;
}

/**
 * Whether a comma and then a word come next after `at`, past spaces: "said, when asked …". (Not a
 * comma and a quotation mark: "Li continued, “…" opens the next quote.)
 */
function commaAndWordFollow(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 44) return false;
  i++;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return /\p{L}/u.test(text.charAt(i));
}

/**
 * Whether a comma stands in `text[from, to)` before any space or letter (`/^[^\s\p{L}]*,/u` on that
 * stretch: ".,” Trump said"), read by code without cutting the stretch out.
 */
function commaBeforeWords(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (isJsSpace(c)) return false;
    if (c < 0x80) {
      if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return false;
      continue;
    }
    // (The closing marks are general punctuation, which holds no letter: read without the pattern.)
    if (c >= 0x2000 && c <= 0x206f) continue;
    // (Beyond ASCII by code point, as the pattern reads: a letter outside the BMP is a pair of units.
    // A pair cut by the stretch's end is its last character, after which no comma can stand.)
    const cp = text.codePointAt(i)!;
    if (LETTER.test(String.fromCodePoint(cp))) return false;
    if (cp > 0xffff) i++;
  }
  return false;
}
const LETTER = /\p{L}/u;

/** Where the sentence that goes on after a closing mark ends: its first full stop (", she said."). */
function endOfSentence(text: string, from: number): number {
  // Read by character: a pattern tried at every character of the window cost more than the reading.
  // (The end of the window ends the sentence. The characters are read in the paragraph itself, and
  // the window cut out only at a full stop before a space, where an abbreviation is read within it.)
  const end = Math.min(text.length, from + SENTENCE_WINDOW);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 33 && c !== 63 && c !== 46) continue; // ! ? .
    if (i + 1 < end && !isJsSpace(text.charCodeAt(i + 1))) continue;
    if (c === 46 && isAbbreviationStop(text.slice(from, end), i - from)) continue;
    return i + 1;
  }
  return end;
}

/** Whether the full stop at `at` ends an abbreviation ("Mr.", an initial). */
function isAbbreviationStop(text: string, at: number): boolean {
  ABBREVIATION_STOP.lastIndex = at;
  return ABBREVIATION_STOP.test(text);
}

/** Whether an en or em dash stands in `text[from, to)` (`/[—–]/` over that stretch, without cutting it out). */
function dashBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

// The three tests below read characters from one end and stop at the first other one: no slice and no
// pattern per quote.

/** Whether `text[0, at)` is only spaces (`/^\s*$/`). */
function onlySpacesBefore(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether `text` ends with a colon and spaces (`/:\s*$/`, which is tried at every position of the paragraph). */
function endsWithColon(text: string): boolean {
  let i = text.length;
  while (i > 0 && isJsSpace(text.charCodeAt(i - 1))) i--;
  return text.charCodeAt(i - 1) === 58;
}

/** Whether `text` from `from` on holds only spaces and stops (`/^[\s.,!?]*$/`). */
function onlyStopsFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(isJsSpace(c) || c === 46 || c === 44 || c === 33 || c === 63)) return false;
  }
  return true;
}

/** Where the sentence holding a position starts. */
function startOfSentence(sentences: Range[], at: number): number {
  return sentences[sentenceAt(sentences, at)]?.start ?? 0;
}
