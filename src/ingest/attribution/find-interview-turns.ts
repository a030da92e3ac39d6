/**
 * Interviews and transcripts, where the layout says who speaks instead of quotation marks and cues:
 * - Q&A by dashes: a question paragraph, then the answer opened by a dash ("– We did not expect it.");
 * - Q&A by letters: "Q: …" / "A: …" (or "Question:" / "Answer:");
 * - turns opened by the speaker's label: "SMITH: …", "Jane Smith: …", "JS: …", "The Speaker: …",
 *   and in live blogs a time before it ("14:32 Minister Jones: …").
 * Answers are the interviewee's words, questions the interviewer's (the writer: "I"); a paragraph
 * with no dash or label between an answer and the next question goes on with the answer; where only
 * one speaker is labelled, the unlabelled paragraphs that ask before each turn are the questions.
 * Each turn becomes one SpeechItem whose speaker phrase is the label, or the name of the person the
 * article is about.
 *
 * Each format must show itself more than once (two questions ending in "?", a label used twice),
 * because one "Photo: …" or "Update: …" paragraph is page furniture, not a transcript.
 */
import type { Span } from '../schema';
import type { TextBlock } from './find-quoted-spans';
import { ROLE_WORDS, TITLE_WORDS } from './lexicon';
import { findNameMentions } from './name-mentions';
import { firstSpan, type SpeechItem } from './speech-item';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-date';
import { isJsSpace } from '../text/ascii-words';

export interface InterviewTurn {
  role: 'question' | 'answer' | 'turn';
  /** The words spoken, without the dash or label. */
  span: Span;
  /** The label as written ("SMITH", "Q", "14:32 Minister Jones" → "Minister Jones"), with where it stands. */
  label: { text: string; span: Span } | null;
}

// En and em dashes only: a hyphen opens bulleted lists, which follow question-like headings too.
const DASH = /^\s*[–—―]\s+/;
// "Q:", "A.", "Question:" — the full stop form only counts when both letters use it.
const QA = /^\s*(Q|A|Question|Answer)\s*([:.)])\s+(?=\S)/;
// A time before a label in a live blog: "14:32", "2.15pm", "09:05 BST –".
const TIME = '(?:\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?\\s*[-–—|]?\\s*)';
// A label of one to five capitalised words (particles allowed inside a name), a party or seat in
// brackets as debate records give it ("Ms Roy (Lab):"), then a colon and the words.
const LABEL_HEAD = `^\\s*(${TIME})?((?:\\p{Lu}[\\p{L}'’.\\-]*)(?:\\s+(?:(?:de|da|di|del|der|den|van|von|la|le|du|bin|al|el)\\s+)?\\p{Lu}[\\p{L}'’.\\-]*){0,4})(?:\\s*\\([^)\\n]{1,40}\\))?\\s*:`;
/** How far into a paragraph the colon after a speaker's label may stand. */
const MAX_LABEL_COLON = 110;
const LABEL = new RegExp(`${LABEL_HEAD}\\s+(?=\\S)`, 'u');
// The same label standing alone, its words in the paragraph below: "ANGIE BELL:".
const LABEL_ALONE = new RegExp(`${LABEL_HEAD}\\s*$`, 'u');
// What opens a paragraph with "Word:" and is no speaker: page furniture, headings, times.
const NOT_LABELS = new Set([
  'update',
  'updates',
  'live',
  'latest',
  'breaking',
  'photo',
  'photos',
  'photograph',
  'picture',
  'pictures',
  'image',
  'images',
  'video',
  'videos',
  'watch',
  'listen',
  'read',
  'more',
  'also',
  'related',
  'see',
  'note',
  'notes',
  'editor',
  'editors',
  "editor's",
  'author',
  'source',
  'sources',
  'credit',
  'credits',
  'correction',
  'clarification',
  'disclosure',
  'warning',
  'advertisement',
  'caption',
  'file',
  'pictured',
  'graphic',
  'map',
  'chart',
  'table',
  'summary',
  'background',
  'context',
  'analysis',
  'opinion',
  'comment',
  'tags',
  'topics',
  'share',
  'subscribe',
  'follow',
  'contact',
  'email',
  'tel',
  'phone',
  'web',
  'website',
  'address',
  'price',
  'prices',
  'tickets',
  'venue',
  'date',
  'dates',
  'time',
  'when',
  'where',
  'who',
  'what',
  'why',
  'how',
  'key',
  'verdict',
  'result',
  'results',
  'score',
  'final',
  'agenda',
  'programme',
  'program',
  'schedule',
  'transcript',
  'interview',
  'timeline',
  'factbox',
  'fact',
  'facts',
  'explainer',
  'statement',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'in',
  'at',
  'on',
  'for',
  'from',
  'to',
  'by',
  'and',
  'but',
  'so',
  'as',
  'this',
  'that',
  'it',
  'we',
  'our',
  'my',
  'here',
  'there',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'exclusive',
  'important',
  'attention',
  'ps',
  'nb',
  'tip',
  'tips',
  'step',
  'part',
  'chapter',
  'episode',
]);
// "Me:" is the writer asking, in a transcript the writer published.
// The last word of a heading that is page furniture: "Storm Update:", "Election Live:".
const FURNITURE_HEADS = new Set([
  'update',
  'updates',
  'live',
  'latest',
  'photo',
  'photos',
  'video',
  'gallery',
  'note',
  'summary',
  'analysis',
  'explainer',
  'timeline',
]);
const INTERVIEWER_LABELS = new Set(['q', 'question', 'interviewer', 'int', 'me']);
const INTERVIEWEE_LABELS = new Set(['a', 'answer']);
// At a press briefing the questions are the press's, not the writer's: an unnamed reporter.
const REPORTER_LABELS = new Set(['reporter', 'reporters', 'journalist', 'press', 'media']);
const A_REPORTER = 'a reporter';
// The interviewer is the writer asking: "I", which resolve-speaker reads as the byline's author.
const THE_INTERVIEWER = 'I';
// Stage directions at the start of a turn: "[laughs]", "(pause)".
const STAGE = /^\s*(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\))\s*/;

const trimmedSpan = (block: number, text: string, start: number): Span | null => {
  const stage = STAGE.exec(text.slice(start, start + 40));
  if (stage) start += stage[0].length;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { block, start, end } : null;
};

const endsWithQuestion = (text: string) => /\?\P{L}{0,3}$/u.test(text.trimEnd().slice(-4));

/** Paragraphs in a row: turns only go on across paragraphs that follow one another. */
const adjacent = (a: TextBlock | undefined, b: TextBlock | undefined) => !!a && !!b && b.block === a.block + 1;

/** Q&A by dashes: the paragraph before each dash answer is the question. */
function dashTurns(blocks: TextBlock[]): InterviewTurn[] {
  // No dash opening a paragraph, no answer (most articles): returned before the lists below are made.
  if (!blocks.some(opensWithDash)) return [];
  const role: Array<'question' | 'answer' | null> = blocks.map(() => null);
  let questions = 0;
  let askedQuestions = 0;
  blocks.forEach((b, i) => {
    if (!DASH.test(b.text)) return;
    role[i] = 'answer';
    const prev = blocks[i - 1];
    if (i > 0 && role[i - 1] === null && adjacent(prev, b) && !DASH.test(prev!.text)) {
      role[i - 1] = 'question';
      questions++;
      if (endsWithQuestion(prev!.text)) askedQuestions++;
    }
  });
  // Dialogue in the European style also opens paragraphs with dashes; an interview asks questions.
  if (askedQuestions < 2 || askedQuestions * 2 < questions) return [];
  continueAnswers(blocks, role);
  return blocks.flatMap((b, i): InterviewTurn[] => {
    const r = role[i];
    if (!r) return [];
    const start = r === 'answer' && DASH.test(b.text) ? DASH.exec(b.text)![0].length : 0;
    const span = trimmedSpan(b.block, b.text, start);
    return span ? [{ role: r, span, label: null }] : [];
  });
}

/** Unmarked paragraphs between an answer and the next question go on with the answer. */
function continueAnswers(blocks: TextBlock[], role: Array<'question' | 'answer' | 'turn' | null>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (role[i] !== 'answer' && role[i] !== 'turn') continue;
    let j = i + 1;
    while (j < blocks.length && role[j] === null && adjacent(blocks[j - 1], blocks[j])) j++;
    // Only a question (or another turn) after the run shows the interview goes on through it.
    if (
      j > i + 1 &&
      j < blocks.length &&
      role[j] !== null &&
      role[j] !== 'answer' &&
      adjacent(blocks[j - 1], blocks[j])
    ) {
      // (Up to a heading or a list of topics: "Q&As", "• Ferry strike • Port relations" are the page's.)
      for (let k = i + 1; k < j && !isHeadingOrList(blocks[k]!.text); k++)
        role[k] = role[i] === 'turn' ? 'turn' : 'answer';
    }
    i = j - 1;
  }
}

/** A heading (a few words, no sentence's end) or a list opened by a bullet: no one's spoken words. */
function isHeadingOrList(text: string): boolean {
  const t = text.trim();
  if (/^[•*▪·]/.test(t)) return true;
  return t.length <= 40 && t.split(/\s+/).length <= 5 && !/[.!?:"”’»]$/.test(t);
}

const opensWithDash = (b: TextBlock) => DASH.test(b.text);
const letterLabel = (b: TextBlock) => (/^\s*[QA]/.test(b.text) ? QA.exec(b.text) : null);

/** Q&A by letters: "Q: …" and "A: …". */
function letterTurns(blocks: TextBlock[]): InterviewTurn[] {
  const found = blocks.map(letterLabel);
  // No letter label (most articles): returned before the lists below are made.
  if (!found.some(Boolean)) return [];
  const forms = found.filter((m): m is RegExpExecArray => m !== null);
  const questions = forms.filter((m) => /^Q/.test(m[1]!));
  const answers = forms.filter((m) => /^A/.test(m[1]!));
  if (!questions.length || !answers.length) return [];
  // "A. Smith" opens many a paragraph: the full-stop form needs the questions to use it too.
  const usesStop = questions.some((m) => m[2] === '.');
  const role: Array<'question' | 'answer' | null> = found.map((m) =>
    m && (m[2] !== '.' || usesStop) ? (/^Q/.test(m[1]!) ? 'question' : 'answer') : null,
  );
  if (!role.includes('answer') || !blocks.some((b, i) => role[i] === 'question' && endsWithQuestion(b.text))) return [];
  continueAnswers(blocks, role);
  return blocks.flatMap((b, i): InterviewTurn[] => {
    const r = role[i];
    if (!r) return [];
    const m = found[i];
    const start = m ? m[0].length : 0;
    const span = trimmedSpan(b.block, b.text, start);
    if (!span) return [];
    const label = m
      ? {
          text: m[1]!,
          span: {
            block: b.block,
            start: m.index + m[0].indexOf(m[1]!),
            end: m.index + m[0].indexOf(m[1]!) + m[1]!.length,
          },
        }
      : null;
    return [{ role: r, span, label }];
  });
}

/** Whether a label reads as a speaker: not furniture, and a person's shape when it stands alone in a live blog. */
function labelWords(label: string): string[] | null {
  const words = label.replace(/\.$/, '').split(/\s+/);
  const first = words[0]!.toLowerCase().replace(/[.:]$/, '');
  // Later words are often part of a name (John Key, Theresa May): only furniture heads rule them out.
  if (NOT_LABELS.has(first) || words.slice(1).some((w) => FURNITURE_HEADS.has(w.toLowerCase()))) return null;
  return words;
}

const BARE_TIME = new RegExp(`^\\s*${TIME}$`);

/** The surnames of the people the article names (folded to lower case). */
function surnamesIn(blocks: TextBlock[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    for (const m of findNameMentions(b.block, b.text))
      if (m.kind === 'person' && m.tokens.length >= 2) out.add(m.tokens[m.tokens.length - 1]!.toLowerCase());
  }
  return out;
}

const hasTitle = (words: string[]) =>
  words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || ROLE_WORDS.has(w.toLowerCase()));

/** Turns opened by a speaker's label ("SMITH:", "Jane Smith:", "14:32 Minister Jones:"), or a label alone above them. */
function labelTurns(blocks: TextBlock[]): InterviewTurn[] {
  const found = blocks.map((b, i) => {
    // Most paragraphs have no colon near their start: they are turned away before the pattern runs.
    const colon = b.text.indexOf(':');
    if (colon < 0 || colon > MAX_LABEL_COLON) return null;
    const head = b.text.slice(0, 120);
    const m = LABEL.exec(head) ?? (b.text.length < 60 ? LABEL_ALONE.exec(head) : null);
    if (!m || /^(?:Q|A|Question|Answer)$/.test(m[2]!)) return null;
    // Someone's words open like a sentence; "Storm Edith: the worst is over" is a heading.
    if (!/^[\p{Lu}\p{N}“"‘'«„([]/u.test(b.text.slice(m[0].length, m[0].length + 1)) && m[0].length < head.length)
      return null;
    const words = labelWords(m[2]!);
    // A live-blog entry: a time before the label, or a time standing alone in the paragraph above.
    const timed = !!m[1] || (adjacent(blocks[i - 1], b) && BARE_TIME.test(blocks[i - 1]!.text));
    return words ? { m, words, timed, alone: m[0].length === head.length } : null;
  });
  // No label, no turn (most articles): returned before the closures below are made, which under tsx
  // are renamed each time, a cost per article larger than the whole scan above.
  if (!found.some(Boolean)) return [];
  // A timed label names a person by title or role ("Minister Jones"), or by a name the article uses.
  let people: Set<string> | null = null;
  const isPerson = (words: string[]) => {
    if (hasTitle(words)) return true;
    people ??= surnamesIn(blocks.filter((_, i) => !found[i]));
    return words.length <= 3 && people.has(words[words.length - 1]!.toLowerCase());
  };
  const counts = new Map<string, number>();
  for (const f of found) if (f) counts.set(f.m[2]!.toLowerCase(), (counts.get(f.m[2]!.toLowerCase()) ?? 0) + 1);
  const labelled = found.filter(Boolean).length;
  // A transcript: three turns or more, and someone speaks twice. A live-blog entry stands alone
  // when its label is a person by title or role ("Minister Jones").
  const transcript = labelled >= 3 && [...counts.values()].some((n) => n >= 2);
  const role: Array<'turn' | 'question' | null> = found.map((f) =>
    f && (transcript || (f.timed && isPerson(f.words))) ? 'turn' : null,
  );
  if (!role.some(Boolean)) return [];
  if (transcript && counts.size === 1) markQuestions(blocks, role);
  // A label alone speaks the paragraph below it.
  found.forEach((f, i) => {
    if (f?.alone && role[i] && role[i + 1] === null && adjacent(blocks[i], blocks[i + 1])) role[i + 1] = 'turn';
  });
  if (transcript) continueAnswers(blocks, role);
  let current: InterviewTurn['label'] = null;
  return blocks.flatMap((b, i): InterviewTurn[] => {
    if (!role[i]) {
      current = null;
      return [];
    }
    if (role[i] === 'question') {
      current = null;
      const span = trimmedSpan(b.block, b.text, 0);
      return span ? [{ role: 'question', span, label: null }] : [];
    }
    const f = found[i];
    if (f) {
      const at = f.m.index + f.m[0].indexOf(f.m[2]!, f.m[1]?.length ?? 0);
      current = { text: f.m[2]!, span: { block: b.block, start: at, end: at + f.m[2]!.length } };
    }
    const span = trimmedSpan(b.block, b.text, f ? f.m[0].length : 0);
    return span && current ? [{ role: 'turn', span, label: current }] : [];
  });
}

/**
 * Only the interviewee's turns carry a label ("FENWICK: …"): the unlabelled paragraph before each,
 * when it asks, is the interviewer's question. Two such questions are needed, as for dashes.
 */
function markQuestions(blocks: TextBlock[], role: Array<'turn' | 'question' | null>): void {
  const asked: number[] = [];
  role.forEach((r, i) => {
    if (
      r === 'turn' &&
      i > 0 &&
      role[i - 1] === null &&
      adjacent(blocks[i - 1], blocks[i]) &&
      endsWithQuestion(blocks[i - 1]!.text)
    )
      asked.push(i - 1);
  });
  if (asked.length >= 2) for (const i of asked) role[i] = 'question';
}

/**
 * Whether a paragraph could open a turn of any kind: its first character past the spaces is a Q or an
 * A (`letterTurns`) or a dash (`dashTurns`), or a colon stands among its first characters (`labelTurns`).
 */
function mayOpenTurn(b: TextBlock): boolean {
  const text = b.text;
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 81 || c === 65 || c === 0x2013 || c === 0x2014 || c === 0x2015) return true; // Q A – — ―
  const colon = text.indexOf(':');
  return colon >= 0 && colon <= MAX_LABEL_COLON;
}

/** Every interview or transcript turn in the article, in reading order. */
export function findInterviewTurns(blocks: TextBlock[]): InterviewTurn[] {
  // Most articles hold no turn: one pass for a paragraph that could open one turns them away before
  // the three readings below make their lists and run their patterns over every paragraph.
  if (!blocks.some(mayOpenTurn)) return [];
  const letters = letterTurns(blocks);
  if (letters.length) return letters;
  const dashes = dashTurns(blocks);
  if (dashes.length) return dashes;
  return labelTurns(blocks);
}

/** "SMITH" → "Smith", "JEAN-PAUL DUBOIS" → "Jean-Paul Dubois"; mixed case stays as written. */
function titleCase(label: string): string {
  if (label !== label.toUpperCase()) return label;
  return label.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The person the interview is with: the one the rest of the article names most often (by surname),
 * given in the longest form it uses ("Baroness Hilary Fenwick" over "Fenwick"). Names the text shows
 * to be people (a title, a known given name) count first: "North Vale and South Vale" after a
 * briefing by "Spokesperson Lin Bao" are places whose run looks like a name.
 */
function intervieweeName(blocks: TextBlock[], turnBlocks: Set<number>): string | null {
  const bySurname = new Map<string, { count: number; name: string; first: number; evidenced: boolean }>();
  let order = 0;
  for (const b of blocks) {
    if (turnBlocks.has(b.block)) continue;
    for (const m of findNameMentions(b.block, b.text)) {
      if (m.kind !== 'person') continue;
      const surname = m.tokens[m.tokens.length - 1]!.toLowerCase();
      const seen = bySurname.get(surname) ?? { count: 0, name: m.name, first: order++, evidenced: false };
      seen.count++;
      seen.evidenced ||= m.evidence !== null;
      if (m.name.length > seen.name.length) seen.name = m.name;
      bySurname.set(surname, seen);
    }
  }
  const people = [...bySurname.values()];
  const shown = people.some((p) => p.evidenced) ? people.filter((p) => p.evidenced) : people;
  let best: (typeof people)[number] | null = null;
  for (const s of shown)
    if (!best || s.count > best.count || (s.count === best.count && s.first < best.first)) best = s;
  return best?.name ?? null;
}

/** Initials as a label ("JS"): the person named in the article whose initials they are. */
function nameForInitials(initials: string, blocks: TextBlock[]): string | null {
  for (const b of blocks) {
    for (const m of findNameMentions(b.block, b.text)) {
      if (
        m.kind === 'person' &&
        m.tokens.length >= 2 &&
        m.tokens
          .map((t) => t[0])
          .join('')
          .toUpperCase() === initials
      )
        return m.name;
    }
  }
  return null;
}

function speakerOf(turn: InterviewTurn, interviewee: () => string | null, blocks: TextBlock[]): string | null {
  const label = turn.label?.text.replace(/\.$/, '') ?? null;
  const key = label?.toLowerCase() ?? '';
  if (REPORTER_LABELS.has(key)) return A_REPORTER;
  if (turn.role === 'question' || INTERVIEWER_LABELS.has(key)) return THE_INTERVIEWER;
  if (turn.role === 'answer' || INTERVIEWEE_LABELS.has(key) || key === 'interviewee') return interviewee();
  if (!label) return null;
  if (/^\p{Lu}{2,3}$/u.test(label)) return nameForInitials(label, blocks) ?? label;
  const name = titleCase(label);
  // "Prime Minister:", "CHAIR:" name a role, which the text calls "the prime minister".
  const words = name.toLowerCase().split(/\s+/);
  const role =
    words.length <= 3 && words[0] !== 'the' && ROLE_WORDS.has(words[words.length - 1]!) && !TITLE_WORDS.has(words[0]!);
  return role ? `the ${name}` : name;
}

// A dash that opened dialogue right before an item's words: that item was the dash reading of a turn.
const DASH_BEFORE = /[–—―]\s*$/;

/**
 * The speech items with interview turns read in: each turn becomes an item (unmarked speech with the
 * label as its cue), and the dash-dialogue items the same paragraphs gave are dropped, since the
 * turn reads the whole paragraph and knows who speaks. Quotes inside an answer stay.
 */
export function withInterviewTurns(blocks: TextBlock[], items: SpeechItem[]): SpeechItem[] {
  const turns = findInterviewTurns(blocks);
  if (!turns.length) return items;
  const textOf = new Map(blocks.map((b) => [b.block, b.text]));
  const turnBlocks = new Set(turns.map((t) => t.span.block));
  let name: string | null | undefined;
  const interviewee = () => (name === undefined ? (name = intervieweeName(blocks, turnBlocks)) : name);
  const kept = items.filter((it) => {
    const span = firstSpan(it);
    if (!turnBlocks.has(span.block) || it.kind !== 'direct') return true;
    return !DASH_BEFORE.test((textOf.get(span.block) ?? '').slice(Math.max(0, span.start - 4), span.start));
  });
  // A turn in quotation marks ("Ana Roy: “We stay.”") is a quote already, its label the cue before it.
  const unquoted = turns.filter(
    (t) => !/^[“"«„‘'»”]/.test((textOf.get(t.span.block) ?? '').slice(t.span.start, t.span.start + 1)),
  );
  const added = unquoted.map((turn): SpeechItem => {
    const phrase = speakerOf(turn, interviewee, blocks);
    return {
      kind: 'unmarked',
      spans: [turn.span],
      cue: turn.label ? { text: turn.label.text, span: turn.label.span } : null,
      speakerPhrase: phrase,
      phraseAt: turn.label
        ? { block: turn.label.span.block, offset: turn.label.span.start }
        : { block: turn.span.block, offset: turn.span.start },
      cataphora: null,
      parent: null,
      speaker: null,
    };
  });
  return [...kept, ...added];
}
