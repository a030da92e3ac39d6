/**
 * The words that attribute a quote: after it (", the minister said", "said Ruffini, who …") or
 * before it ("He added:", "According to Ricci,"). Returns the speaker phrase still unresolved.
 */
import { findWords, hashesOf, isJsSpace, type WordAt } from '../text/ascii-words';
import { ABBREVIATION_DOT, PARTY_TAG, SPEECH_NOUNS, SPEECH_VERB_SET } from './lexicon';
import { plausibleSubject, titlesThenName } from './plausible-subject';
import { subjectBefore } from './subject-before';

export interface CueMatch {
  /** Text naming the speaker: "the minister", "Putin, who in recent weeks …", "he". */
  speaker: string;
  /** The cue as written, and where it starts/ends in the paragraph. */
  text: string;
  start: number;
  end: number;
}

// ", said the mayor, Odile Brun" / " commented the councillor …"
// A full stop after a title or an initial ("the Rev. Ana Roy", "Peter J. Maroney") does not end the subject.
// (Read where the verb already found at the start ends: sticky. An alternation of every verb,
// tried again at the start, cost more than the subject.)
const SUBJECT_AFTER_VERB = new RegExp(`\\s+((?:[^.;:!?“”"«»]|${ABBREVIATION_DOT}){2,160})`, 'y');
const ACCORDING = /(?:^|\s)[Aa]ccording to ([^,.;:“”"]{2,80}),\s*$/;
const ACCORDING_AFTER = /^[\s,]*according to ([^,.;:“”"]{2,80})/i;
const SIGNATURE = /^[\s.!?]*[—–]\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)(?=\s*(?:,|$|\())/;
// A paragraph that only signs the quote above it: "— Ana Roy, mayor of Brannock" (a pull quote, a
// column of readers' voices). A hyphen counts here, as plain text types the dash; the name and an
// optional description after a comma, nothing that ends a sentence and goes on.
const SIGNATURE_LINE = /^\s*[—–-]\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)\s*(?:[,(][^.!?;:“”"«»]{0,100})?\.?\s*$/;
const NOT_IN_SUBJECT = /[.;:!?“”"«»]/;
const ABBREVIATION_DOTS = new RegExp(ABBREVIATION_DOT, 'g');
const PHRASE_AFTER_NAME =
  /(\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:on|in|at|during|after|before|via|while|following|outside|inside|near)\s/u;
// A company's abbreviation inside an aside ("an analyst at Cowen & Co., said"): its stop ends no
// sentence when a comma follows. (Not in the sentence splitter's list: "… of Acme Co. The firm" ends one.)
const COMPANY_DOTS = /\b(?:Co|Cos|Inc|Corp|Ltd|Bros|Plc|LLC)\.(?=,)/g;
// "Ana Roy also said": an adverb ending the subject, after a space (`/\s+(?:also|…)\s*$/`). Read from
// the end by `withoutAdverbAtEnd`: a pattern anchored at the end is tried at every position.
const ADVERBS_AT_END = ['also', 'then', 'later', 'further', 'again', 'simply', 'immediately'];
// A subject that ends inside a relative clause it opened: "Putin, who is".
const OPEN_ASIDE = /,\s+(?:who|whose|which)\b[^,]*$/;
// Verbs are found by looking words up, not by a regex alternation of every verb at every position:
// that kept the cue search the slowest step of the ingest.
const MAX_WORDS_TO_VERB = 30;

const SPEECH_VERB_HASHES = hashesOf(SPEECH_VERB_SET);

/** The speech verbs among the first words of a text, in order. */
function speechVerbs(text: string, maxWords: number): WordAt[] {
  return findWords(text, SPEECH_VERB_SET, SPEECH_VERB_HASHES, maxWords);
}

/** The length of the separators that open a text: spaces, punctuation and dashes (the pattern `^[\s,.;:!?—–-]*`). */
function leadLength(text: string): number {
  let i = 0;
  while (i < text.length && isLeadCode(text.charCodeAt(i))) i++;
  return i;
}

const LEAD_CODES = new Set([...',.;:!?—–-'].map((c) => c.charCodeAt(0)));
const isLeadCode = (c: number) => isJsSpace(c) || LEAD_CODES.has(c);

/** Whether an en or em dash stands in `text[0, end)`. */
function dashBefore(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** `text.replace(/\s+(?:also|then|later|simply|immediately)\s*$/, '')`: the adverb and the spaces around it cut off. */
function withoutAdverbAtEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
  for (const adverb of ADVERBS_AT_END) {
    const start = end - adverb.length;
    if (start < 1 || !text.startsWith(adverb, start) || !isJsSpace(text.charCodeAt(start - 1))) continue;
    let cut = start - 1;
    while (cut > 0 && isJsSpace(text.charCodeAt(cut - 1))) cut--;
    return text.slice(0, cut);
  }
  return text;
}

/** A text without its party tags ("Ana Roy (SNP)"): the pattern is read only where a tag could open (a bracket or a comma). */
function withoutPartyTags(text: string): string {
  return text.includes('(') || text.includes(',') ? text.replace(PARTY_TAG, '') : text;
}

/**
 * Whether a trimmed text holds at most `limit` words (`text.split(/\s+/).length <= limit`), counted by
 * the runs of spaces between them: no array of words per cue.
 */
function wordsAtMost(text: string, limit: number): boolean {
  let words = 1;
  for (let i = 1; i < text.length; i++)
    if (isJsSpace(text.charCodeAt(i)) && !isJsSpace(text.charCodeAt(i - 1)) && ++words > limit) return false;
  return true;
}

/** A short subject, or a name with an aside ("Putin, who …,"): what may stand between a quote and its verb. */
function subjectShape(subject: string): boolean {
  // "Mr. Ferrandi" keeps its full stop: only a stop that ends a sentence rules a subject out.
  // (Only full stops are taken out: a subject without one is read as it is.)
  if (
    !subject ||
    NOT_IN_SUBJECT.test(
      subject.includes('.') ? subject.replace(ABBREVIATION_DOTS, '').replace(COMPANY_DOTS, '') : subject,
    )
  )
    return false;
  if (!subject.includes(',')) return wordsAtMost(subject, 8);
  // (Commas between a name's titles: "chairman, president & CEO Ben Smith".)
  if (titlesThenName(subject)) return true;
  return /^[^,]+,[^,]{1,140},$/.test(subject);
}

/** A cue in the text right after a quote's closing mark (up to the end of its sentence). */
export function cueAfter(text: string, from: number, limit: number): CueMatch | null {
  const after = text.slice(from, limit);
  // The separators that open the text are read once, by code: "according to" can only follow them
  // and a signing dash stands among them, so most quotes are spared both patterns.
  const lead = leadLength(after);
  const first = after.charCodeAt(lead);
  const acc = first === 65 || first === 97 ? ACCORDING_AFTER.exec(after) : null;
  if (acc?.[1]) {
    const start = from + acc[0].toLowerCase().indexOf('according');
    return { speaker: acc[1], text: `according to ${acc[1]}`, start, end: from + acc[0].length };
  }
  // "“…” — Mayor Alba Reyes, at the opening": a dash and a name sign the quote.
  const signed = dashBefore(after, lead) ? SIGNATURE.exec(after) : null;
  if (signed?.[1]) {
    const start = from + signed[0].length - signed[1].length;
    return { speaker: signed[1], text: signed[1], start, end: start + signed[1].length };
  }
  const rest = after.slice(lead);
  const verbs = speechVerbs(rest, MAX_WORDS_TO_VERB);
  let verb = verbs[0];
  if (!verb) return null;
  // "Barrow, who is believed to be in Idaho, told reporters": a verb inside the aside is not the
  // cue's; the next one after it may be.
  for (let i = 1; i < verbs.length && OPEN_ASIDE.test(rest.slice(0, verb.start)); i++) verb = verbs[i]!;
  if (verb.start === 0) {
    // The verb as written in lower case (the table's forms are), then its subject.
    if (!rest.startsWith(verb.word)) return null;
    SUBJECT_AFTER_VERB.lastIndex = verb.end;
    const vs = SUBJECT_AFTER_VERB.exec(rest);
    const subject = vs?.[1];
    if (!subject) return null;
    // (The subject's first chunk, up to a comma: indexOf, not a split of the whole subject.) A
    // phrase of time or place after the name, too long to read as part of the subject, is cut off:
    // "said CEO Ana Roy on a call in May 2017".
    const comma = subject.indexOf(',');
    const chunk = comma < 0 ? subject : subject.slice(0, comma);
    // (The chunk is asked once: when nothing is cut off it, it is the phrase asked about again.)
    const chunkPlausible = plausibleSubject(chunk);
    const phraseAfterName = chunkPlausible ? null : PHRASE_AFTER_NAME.exec(chunk);
    const first = phraseAfterName ? chunk.slice(0, phraseAfterName.index + phraseAfterName[1]!.length) : chunk;
    if (!(phraseAfterName ? plausibleSubject(first) : chunkPlausible)) return null;
    const start = from + lead;
    // The cue runs from the verb to the end of the first chunk, whatever spaces stand between.
    const cueLength = verb.end + vs[0].length - subject.length + first.length;
    // (A phrase cut off the name is cut off the speaker too: "a lawyer for Ana Roy at the hearing …".)
    const speaker = phraseAfterName ? first + subject.slice(chunk.length) : subject;
    return { speaker, text: rest.slice(0, cueLength).trim(), start, end: start + cueLength };
  }
  const subject = withoutPartyTags(withoutAdverbAtEnd(rest.slice(0, verb.start))).trim();
  // "“…,” it said in a statement": "it" is a body speaking (resolved to the latest organisation).
  if (
    !subjectShape(subject) ||
    /^(?:this|that|there|which|what)$/i.test(subject) ||
    !(plausibleSubject(subject) || /^it$/i.test(subject))
  )
    return null;
  const start = from + lead;
  return {
    // (The comma cut by reading the last character: a pattern anchored at the end is tried at every position.)
    speaker: subject.endsWith(',') ? subject.slice(0, -1) : subject,
    text: rest.slice(0, verb.end).trim(),
    start,
    end: from + lead + verb.end,
  };
}

// A paragraph that only names who speaks in the paragraph below, as reaction round-ups print them:
// "Ana Roy (Harbour Rovers)", "Ana Roy:", "Roy (HRFC):". A colon or a bracketed team, party or seat
// makes it a label; a name alone could be a byline.
const LABEL_LINE = /^\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)\s*(?:(\([^()\n]{1,40}\))\s*(:)?|(:))\s*$/;

/**
 * The name a paragraph of its own labels the quote after it with ("Ana Roy (Harbour Rovers)"), or
 * the words before a quote in its own paragraph do (`inline`: then only with a colon, "Roy (HRFC): “…”").
 */
export function labelLine(text: string, inline = false): CueMatch | null {
  if (text.length > 80) return null;
  const label = LABEL_LINE.exec(text);
  if (!label?.[1] || (inline && !label[3] && !label[4]) || !plausibleSubject(label[1])) return null;
  // A photo's credit or note in the brackets ("Ana Roy (AFP)", "(file photo)") labels a picture.
  if (label[2] && CREDIT_WORDS.test(label[2])) return null;
  const start = label[0].indexOf(label[1]);
  return { speaker: label[1], text: label[1], start, end: start + label[1].length };
}

// "called Mayor Ana Roy's remark “…” a stunt": words quoted as someone's remark, statement or reply
// are that someone's, whoever the sentence is about.
const POSSESSED_WORDS = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...SPEECH_NOUNS, 'remark', 'word', 'quip'].join('|')})\\s*[,:]?\\s*$`,
  'u',
);

// The remark itself speaks in the first person ("Ford's remark “I am lucky to be here”"); words that
// only characterise it ("branded Ford's statement “a pack of lies”") are the speaker's own.
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b/;

/** The owner of the words a quote follows ("Mayor Ana Roy's remark “I …”"), as a cue, or null. */
export function possessedWordsCue(text: string, from: number, to: number, words: string): CueMatch | null {
  const before = text.slice(Math.max(from, to - 120), to);
  // (No apostrophe, no possessive: most quotes are spared both patterns.)
  if ((!before.includes("'") && !before.includes('’')) || !FIRST_PERSON.test(words)) return null;
  const m = POSSESSED_WORDS.exec(before);
  if (!m?.[1] || !plausibleSubject(m[1])) return null;
  const start = to - before.length + m.index;
  return { speaker: m[1], text: m[0].trimEnd(), start, end: start + m[0].trimEnd().length };
}

// What a credit names: an agency, a picture desk, a photo.
const CREDIT_WORDS =
  /\b(?:AFP|AP|Reuters|Getty|PA|EPA|Xinhua|Bloomberg|Shutterstock|Alamy|photo|photos|pictured|picture|file|image|credit|courtesy|handout)\b/i;

/** The name a paragraph of its own signs the quote before it with ("— Ana Roy, mayor"), or null. */
export function signatureLine(text: string): CueMatch | null {
  if (text.length > 160) return null;
  const signed = SIGNATURE_LINE.exec(text);
  // (Not a reporter's or a photographer's credit: "- Ben Cole, Reuters, Leeds".)
  if (!signed?.[1] || !plausibleSubject(signed[1]) || CREDIT_WORDS.test(text)) return null;
  const start = signed[0].indexOf(signed[1]);
  return { speaker: signed[1], text: signed[1], start, end: start + signed[1].length };
}

/** The code of the last character of `text[from, to)` that is not a space (`trimEnd().slice(-1)`), -1 when there is none. */
function lastCodeBefore(text: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length) - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) return c;
  }
  return -1;
}

/** A cue in the text right before a quote's opening mark (from the start of its sentence). */
export function cueBefore(text: string, from: number, to: number): CueMatch | null {
  // Both readings below end in a comma or a colon (and spaces): a text that does not is spared them,
  // and is not cut. (Its last character past the spaces is read by code: no trimmed copy per quote.)
  const lastMark = lastCodeBefore(text, from, to);
  if (lastMark !== 44 && lastMark !== 58) return null;
  const before = text.slice(from, to);
  const acc = ACCORDING.exec(before);
  if (acc?.[1]) {
    const start = from + acc.index + acc[0].indexOf('ccording') - 1;
    return { speaker: acc[1], text: `according to ${acc[1]}`, start, end: from + acc.index + acc[0].length };
  }
  const close = /[:,]\s*$/.exec(before);
  if (!close) return null;
  const tail = before.slice(0, close.index);
  const verbs = speechVerbs(tail, Infinity);
  // The last verb whose own words (", in a statement") run up to the colon without a break.
  const verb = [...verbs].reverse().find((v) => tail.length - v.end <= 60 && !NOT_IN_SUBJECT.test(tail.slice(v.end)));
  if (!verb) return null;
  const subject = subjectBefore(tail.slice(0, verb.start));
  if (!subject || !plausibleSubject(subject.phrase)) return null;
  const start = from + subject.at;
  return { speaker: subject.phrase, text: tail.slice(subject.at).trim(), start, end: from + before.trimEnd().length };
}

/**
 * Verbs that take a short quotation with a particle ("speaks of “a clear signal”", "described the
 * plan as “rushed”", "warned of “chaos”"): speech only right before a quote, so not in the verb table.
 * Each: the pattern, ending at the quote, and an example.
 */
const PARTIAL_QUOTE_VERBS: { pattern: RegExp; example: string }[] = [
  {
    pattern: /\b(?:speaks?|spoke|spoken|speaking|talks?|talked|talking)\s+(?:of|about)\s*$/,
    example: 'the minister speaks of “a clear signal”',
  },
  {
    pattern: /\b(?:describe[sd]?|describing|characteri[sz]e[sd]?)\b[^.;:!?“”"«»]{1,80}\bas\s*$/,
    example: 'she described the plan as “rushed”',
  },
  {
    pattern: /\b(?:warn(?:s|ed|ing)?|complain(?:s|ed|ing)?)\s+(?:of|about)\s*$/,
    example: 'the union warned of “chaos on the platforms”',
  },
];

/** The verb of a particle cue ending right before a quote ("speaks of"), as a word position. */
function partialQuoteVerb(before: string): WordAt | undefined {
  for (const { pattern } of PARTIAL_QUOTE_VERBS) {
    const m = pattern.exec(before);
    if (m) {
      const word = /^\S+/.exec(m[0])![0];
      return { word, start: m.index, end: before.length };
    }
  }
  return undefined;
}

export const PARTIAL_QUOTE_EXAMPLES = PARTIAL_QUOTE_VERBS.map((v) => v.example);

/**
 * A quote inside someone's reported words: "Dev Mistry said the project was “exactly what we
 * want”". The speaker is the subject of the last speech verb before the quote in its sentence.
 */
export function cueWithin(text: string, from: number, to: number): CueMatch | null {
  const before = text.slice(from, to);
  const verb = speechVerbs(before, Infinity).pop() ?? partialQuoteVerb(before);
  if (!verb || before.length - verb.end > 120 || NOT_IN_SUBJECT.test(before.slice(verb.end))) return null;
  const subject = subjectBefore(before.slice(0, verb.start));
  if (!subject || !plausibleSubject(subject.phrase) || /^(?:it|this|that|there)$/i.test(subject.phrase)) return null;
  return {
    speaker: subject.phrase,
    text: before.slice(subject.at, verb.end),
    start: from + subject.at,
    end: from + verb.end,
  };
}
