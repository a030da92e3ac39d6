/**
 * Speech without quotation marks, sentence by sentence: reported speech ("X said that …",
 * "according to X, …"), speech after a colon ("X wrote on Twitter: …"), speech closed by a cue
 * ("…, he said."), and first-person sentences that continue what someone just said.
 */
import type { Span } from '../schema';
import { FIRST_PERSON, REPORTING_VERB_SET, SECOND_PERSON, SPEECH_NOUNS, SPEECH_VERB_PATTERN, SPEECH_VERB_SET, SPEECH_VERBS } from './lexicon';
import { countWords, findWords, hashesOf, isLatinText } from '../text/ascii-words';
import { dual, patternFor, pick } from '../text/latin-pattern';
import { splitSentences, type Range } from './sentences';
import { lowerBound, RangeIndex } from './sorted-search';
import { firstSpan, type SpeechItem } from './speech-item';
import { subjectBefore } from './subject-before';

const VERB = SPEECH_VERB_PATTERN;
const NOUN = `(?:${[...SPEECH_NOUNS].join('|')})`;
const COLON_CUE = dual(new RegExp(`\\b(?:${VERB}|${NOUN}|\\p{Ll}+ed(?= ?:)|on (?:Twitter|X|Facebook|Instagram|social media|Telegram)|put it(?: this way| like this| simply| bluntly| plainly)?|in (?:his|her|their) (?:own )?words)\\b[^:“”"«»]{0,140}:\\s+(?=\\S)`, 'u'));
/**
 * "X said (to reporters) that …": the first "that" with a reporting verb up to six words before it and
 * no punctuation in between. Words are looked up, not matched against an alternation of every verb.
 */
function thatCue(s: string): { index: number; length: number; verb: string } | null {
  for (let at = s.indexOf(' that '); at >= 0; at = s.indexOf(' that ', at + 1)) {
    // Walk back over at most seven words; punctuation or another "that" ends the search.
    let end = at;
    for (let n = 0; n < 7 && end > 0; n++) {
      while (end > 0 && s[end - 1] === ' ') end--;
      let start = end;
      while (start > 0 && !STOP_CHARS.includes(s[start - 1]!)) start--;
      if (start === end) break;
      const word = s.slice(start, end).toLowerCase();
      if (word === 'that') break;
      if (REPORTING_VERB_SET.has(word)) {
        let after = at + ' that '.length;
        while (s[after] === ' ') after++;
        return after < s.length ? { index: start, length: after - start, verb: word } : null;
      }
      end = start;
      if (end > 0 && s[end - 1] !== ' ') break;
    }
  }
  return null;
}
const STOP_CHARS = ' ,.;:“”"«»';
const NOMINAL_CUE = dual(new RegExp(`(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)['’]s\\s+(?:${NOUN})\\s+that\\s+`, 'u'));
// "According to the sporting director, Luca Pinna, the club …": a name in apposition belongs to the cue.
const ACCORDING_FIRST = dual(/\b[Aa]ccording to ([^,.;:“”"]{2,80}(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+)?),\s+(?=\S)/u);
const ACCORDING_LAST = /,?\s+according to ([^,.;:“”"]{2,80})[.!?]?$/;
const CUE_LAST = dual(new RegExp(`,\\s+((?:he|she|they)|(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+|the\\s+[\\p{L}'’ -]{2,50}?)\\s+(?:also\\s+|then\\s+)?(${VERB})((?:\\s+[\\p{L}'’]+){0,4})(?:,\\s+\\p{Ll}+ing\\b[^,.;:]{0,60})?[.!?]?$`, 'u'));
const CUE_LAST_INVERTED = dual(new RegExp(`,\\s+(${VERB})\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+|the\\s+[\\p{L}'’ -]{2,50}?)[.!?]?$`, 'u'));
const CUE_MIDDLE = dual(new RegExp(`,\\s+((?:he|she|they)|(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)\\s+(said|says|added|insisted|explained|continued|warned|argued),\\s+(?=\\p{Ll})(?!\\p{Ll}+ing\\b)`, 'u'));
// Machine translation splits "…, said Putin, who …" into "…, he said. Putin, who …".
// The name comes with what followed it in the original: a relative clause, an age or a role.
// "Molina, who had arrived from Madrid, was more cautious": a sentence that sets its subject against
// the last speaker introduces someone else, so it names nobody for the pronoun before it.
export const CONTRAST = /\b(?:more|less)\s+(?:\w+ly\s+)?\w+|\bhowever\b|\bfor (?:his|her|their) part\b|\binstead\b|\bby contrast\b|\bon the other hand\b|\bmeanwhile\b|\bdisagreed\b/i;
export const CATAPHORA = dual(/^((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(?:who\b|whose\b|\d{1,3},|an?\s+\p{Ll}|the\s+\p{Ll})/u);
// "She said the bill did nothing": reported speech without "that", opened by a word that starts a clause.
const BARE_CUE = dual(new RegExp(`\\b(said|says|told\\s+(?:reporters|journalists|the\\s+\\p{Ll}+|\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)|added|argued|insisted|warned|claimed|stressed|explained|predicted|estimated|acknowledged|admitted|conceded)(?:\\s+(?:on|last|this|late|early)\\s+\\p{L}+|\\s+(?:yesterday|today|tonight))?\\s+(?=(?:the|a|an|it|he|she|they|we|I|there|this|these|those|his|her|their|its|our|no|all|some|many|most|every|nobody|everyone|\\p{Ll}{3,}s)\\s)`, 'u'));
const BARE_VERBS = new Set(['said', 'says', 'told', 'added', 'argued', 'insisted', 'warned', 'claimed', 'stressed', 'explained', 'predicted', 'estimated', 'acknowledged', 'admitted', 'conceded']);
const MIDDLE_VERBS = new Set(['said', 'says', 'added', 'insisted', 'explained', 'continued', 'warned', 'argued']);
// "…,” he said, adding that …": reported speech after a quote, by the quote's speaker.
const PARTICIPLE_THAT = /,\s+(?:adding|saying|noting|insisting|explaining|arguing|warning|stressing|claiming)\s+that\s+(?=\S)/;

const CUE_WORDS = new Set([...SPEECH_VERBS, ...SPEECH_NOUNS, 'according', 'twitter', 'put']);
/** True when a sentence has a word that can introduce speech, or a colon. */

const CUE_WORD_HASHES = hashesOf(CUE_WORDS);

/** Offsets of the words that can introduce speech, in order: one pass over a paragraph. */
function cueWordsIn(text: string, words: string[] = []): number[] {
  return findWords(text, CUE_WORDS, CUE_WORD_HASHES).map((w) => {
    words.push(w.word);
    return w.start;
  });
}
const words = countWords;
const stripEnd = (text: string, start: number, end: number) => {
  while (end > start && /[\s.,;:]/.test(text[end - 1] ?? '')) end--;
  // Keep the final full stop of a sentence that is speech in its own right.
  if (/[.!?]/.test(text[end] ?? '')) end++;
  return end;
};
const speechLike = (s: string) => FIRST_PERSON.test(s) || SECOND_PERSON.test(s);

function item(kind: SpeechItem['kind'], spans: Span[], cue: SpeechItem['cue'], phrase: string | null, at: { block: number; offset: number }, parent: SpeechItem | null = null): SpeechItem {
  return { kind, spans, cue, speakerPhrase: phrase, phraseAt: at, cataphora: null, parent, speaker: null };
}

/** "X said (to reporters) that …" or "X's statement that …": the clause is reported speech. */
function reportedThat(block: number, text: string, sentence: Range): SpeechItem | null {
  const s = text.slice(sentence.start, sentence.end);
  const base = sentence.start;
  const nominal = s.includes('s ') && /['’]s\s/.test(s) ? patternFor(NOMINAL_CUE, s).exec(s) : null;
  const that = nominal ? null : thatCue(s);
  const m = nominal ? { index: nominal.index, length: nominal[0].length } : that;
  if (!m) return null;
  const subject = nominal ? { phrase: nominal[1]!, at: nominal.index } : subjectBefore(s.slice(0, m.index));
  const start = base + m.index + m.length;
  const end = stripEnd(text, start, sentence.end);
  if (!subject || end <= start || words(text.slice(start, end)) < 3) return null;
  return item('reported', [{ block, start, end: end - (text[end - 1] === '.' ? 1 : 0) }], { text: text.slice(base + subject.at, start).trim(), span: { block, start: base + subject.at, end: start } }, subject.phrase, { block, offset: base + subject.at });
}

// (Helpers at module level: a closure made per sentence costs more than the test it wraps.)

function hasAny(cues: ReadonlySet<string>, list: ReadonlySet<string>): boolean {
  for (const w of cues) if (list.has(w)) return true;
  return false;
}

/** A sentence that brings its own cue starts speech of its own instead of continuing the last. */
function bringsOwnCue(s: string, cues: ReadonlySet<string>, cueNearEnd: boolean, latin: boolean): boolean {
  if (cues.has('according')) return true;
  if (s.includes('that ') && thatCue(s) !== null) return true;
  if (cueNearEnd && pick(CUE_LAST, latin).test(s)) return true;
  return hasAny(cues, MIDDLE_VERBS) && pick(CUE_MIDDLE, latin).test(s);
}

/** Finds speech without marks in one paragraph; `quoted` are the ranges already inside marks. */
export function findSentenceSpeech(block: number, text: string, quoted: Range[], sentences: Range[] = splitSentences(text)): SpeechItem[] {
  const out: SpeechItem[] = [];
  const latin = isLatinText(text);
  // A paragraph with no word that introduces speech holds no speech outside quotation marks.
  const cueWord: string[] = [];
  const cueAt = cueWordsIn(text, cueWord);
  if (!cueAt.length && !text.includes(':')) return out;
  const index = new RangeIndex(quoted);
  let continuing: SpeechItem | null = null;
  let relaxed = false;

  sentences.forEach((sentence, si) => {
    const s = text.slice(sentence.start, sentence.end);
    const base = sentence.start;
    const hasQuote = index.overlaps(sentence.start, sentence.end);
    // Most sentences name no speech at all: a word lookup spares them every pattern below.
    const firstCue = cueAt[lowerBound(cueAt, sentence.start)];
    const cued = (firstCue !== undefined && firstCue < sentence.end) || s.includes(':');
    // The trailing-cue patterns (", she said.") only run when a cue word stands near the end.
    const lastCue = cueAt[lowerBound(cueAt, sentence.end) - 1];
    const cueNearEnd = lastCue !== undefined && lastCue >= Math.max(sentence.start, sentence.end - 90) && s.includes(',');
    // The cue words of this sentence gate the patterns: each runs only when its words are there.
    const cues = new Set<string>();
    for (let i = lowerBound(cueAt, sentence.start); i < cueAt.length && cueAt[i]! < sentence.end; i++) cues.add(cueWord[i]!);

    // A first-person sentence right after someone's speech goes on with it.
    // After a colon cue the speech runs on to the paragraph's end unless a sentence brings its own cue;
    // after other cues only first-person sentences go on with it.
    if (continuing && !hasQuote && (speechLike(s) || relaxed) && !(cued && bringsOwnCue(s, cues, cueNearEnd, latin))) {
      const end = stripEnd(text, base, sentence.end);
      const last = continuing.spans[continuing.spans.length - 1]!;
      // Only speech that runs on without a break is one quote; after ", she said." a new one starts.
      const adjacent = last.block === block && /^[\s.!?…]*$/.test(text.slice(last.end, base));
      if (continuing.kind !== 'unmarked' || !adjacent) {
        const child = item('unmarked', [{ block, start: base, end }], null, null, { block, offset: base }, continuing);
        out.push(child);
        continuing = child;
      } else last.end = end;
      return;
    }
    continuing = null;
    relaxed = false;
    if (!cued) return;
    if (hasQuote) {
      const inSentence = index.within(sentence.start, sentence.end);
      const lastQuoteEnd = inSentence.reduce((end, q) => Math.max(end, q.end), sentence.start);
      // "He wrote that the project had been “mismanaged”": the quote sits inside reported words.
      const reported = reportedThat(block, text, sentence);
      const firstQuoteStart = inSentence[0]?.start ?? sentence.end;
      if (reported && firstSpan(reported).start <= firstQuoteStart) {
        // "… said that the plaster was older: «It is 1870»": after a colon the quote is its own.
        const colon = text.slice(sentence.start, firstQuoteStart).lastIndexOf(':') + sentence.start;
        const span = firstSpan(reported);
        if (colon >= span.start) span.end = stripEnd(text, span.start, colon);
        out.push(reported);
        return;
      }
      const tail = text.slice(lastQuoteEnd, sentence.end);
      const adding = PARTICIPLE_THAT.exec(tail);
      if (adding) {
        const start = lastQuoteEnd + adding.index + adding[0].length;
        const end = stripEnd(text, start, sentence.end);
        const cueStart = lastQuoteEnd + adding.index + 1;
        if (words(text.slice(start, end)) >= 3) out.push(item('reported', [{ block, start, end: end - (text[end - 1] === '.' ? 1 : 0) }], { text: adding[0].replace(/^,\s*/, '').trim(), span: { block, start: cueStart, end: start } }, null, { block, offset: cueStart }));
      }
      return;
    }

    const lower = s.toLowerCase();
    const colon = s.includes(':') ? pick(COLON_CUE, latin).exec(s) : null;
    if (colon) {
      // The cue can start early ("The announcement came from X, who wrote on Twitter:"): the
      // subject stands before the last speech word of it.
      const cueWords = [...colon[0].matchAll(/[\p{L}]+/gu)].filter((w) => SPEECH_VERB_SET.has(w[0].toLowerCase()) || SPEECH_NOUNS.has(w[0].toLowerCase()));
      const lastCueWord = cueWords[cueWords.length - 1];
      const subject = subjectBefore(s.slice(0, colon.index + (lastCueWord?.index ?? 0))) ?? subjectBefore(s.slice(0, colon.index));
      const start = base + colon.index + colon[0].length;
      const end = stripEnd(text, start, sentence.end);
      if (subject && end > start) {
        const it = item('unmarked', [{ block, start, end }], { text: s.slice(subject.at, colon.index + colon[0].length).replace(/:\s*$/, ''), span: { block, start: base + subject.at, end: start } }, subject.phrase, { block, offset: base + subject.at });
        out.push(it);
        continuing = it;
        relaxed = true;
        return;
      }
    }

    const according = cues.has('according') && lower.includes('according to');
    const accFirst = according ? pick(ACCORDING_FIRST, latin).exec(s) : null;
    if (accFirst?.[1]) {
      const start = base + accFirst.index + accFirst[0].length;
      const end = stripEnd(text, start, sentence.end);
      const it = item('reported', [{ block, start, end }], { text: `according to ${accFirst[1]}`, span: { block, start: base + accFirst.index, end: start } }, accFirst[1], { block, offset: base + accFirst.index });
      out.push(it);
      continuing = it;
      return;
    }
    // Speech that fills a sentence up to its cue starts after any dateline ("LONDON — ").
    const lead = base + (/^\p{Lu}[\p{Lu} .'’-]{1,40}\s+[–—-]{1,2}\s+/u.exec(s)?.[0].length ?? 0);
    const accLast = according ? ACCORDING_LAST.exec(s) : null;
    if (accLast?.[1] && words(s.slice(0, accLast.index)) >= 4) {
      const it = item('reported', [{ block, start: lead, end: base + accLast.index }], { text: `according to ${accLast[1]}`, span: { block, start: base + accLast.index, end: sentence.end } }, accLast[1], { block, offset: base + accLast.index });
      out.push(it);
      return;
    }

    const reported = lower.includes('that ') && hasAny(cues, REPORTING_VERB_SET) ? reportedThat(block, text, sentence) : null;
    if (reported) {
      out.push(reported);
      continuing = reported;
      return;
    }

    const bare = hasAny(cues, BARE_VERBS) ? pick(BARE_CUE, latin).exec(s) : null;
    if (bare?.[1]) {
      const subject = subjectBefore(s.slice(0, bare.index));
      const start = base + bare.index + bare[0].length;
      const end = stripEnd(text, start, sentence.end);
      if (subject && words(text.slice(start, end)) >= 4 && !/^(?:it|this|that|there|which|what|who)$/i.test(subject.phrase)) {
        const cueEnd = base + bare.index + bare[0].length;
        const it = item('reported', [{ block, start, end: end - (text[end - 1] === '.' ? 1 : 0) }], { text: text.slice(base + subject.at, cueEnd).trim(), span: { block, start: base + subject.at, end: cueEnd } }, subject.phrase, { block, offset: base + subject.at });
        out.push(it);
        continuing = it;
        return;
      }
    }

    const hasComma = s.includes(',');
    const middle = hasComma && hasAny(cues, MIDDLE_VERBS) ? pick(CUE_MIDDLE, latin).exec(s) : null;
    if (middle?.[1] && words(s.slice(0, middle.index)) >= 3) {
      const cueStart = base + middle.index + middle[0].search(/[^,\s]/);
      const first = item('unmarked', [{ block, start: lead, end: base + middle.index }], { text: `${middle[1]} ${middle[2]}`, span: { block, start: cueStart, end: base + middle.index + middle[0].length } }, middle[1], { block, offset: cueStart });
      let restStart = base + middle.index + middle[0].length;
      // ", Olmi said, and we will …": the conjunction joins the clauses; it is not what she said.
      const conjunction = /^(?:and|but|so)\s+/.exec(text.slice(restStart));
      if (conjunction) restStart += conjunction[0].length;
      const second = item('unmarked', [{ block, start: restStart, end: stripEnd(text, restStart, sentence.end) }], null, null, { block, offset: restStart }, first);
      if (!speechLike(s)) first.kind = second.kind = 'reported';
      out.push(first, second);
      continuing = second;
      return;
    }

    const direct = cueNearEnd ? pick(CUE_LAST, latin).exec(s) : null;
    const last = direct ?? (cueNearEnd ? pick(CUE_LAST_INVERTED, latin).exec(s) : null);
    const lastVerb = (direct ? last?.[2] : last?.[1]) ?? '';
    const lastSpeechLike = last ? speechLike(s.slice(0, last.index)) : false;
    if (last?.[1] && last[2] && words(s.slice(0, last.index)) >= 4 && (lastSpeechLike || REPORTING_VERB_SET.has(lastVerb)) && !/^(?:Asked|Questioned|Pressed)\b/.test(s)) {
      const phrase = direct ? last[1] : last[2];
      const cueStart = base + last.index + last[0].search(/[^,\s]/);
      const it = item(speechLike(s.slice(0, last.index)) ? 'unmarked' : 'reported', [{ block, start: lead, end: base + last.index }], { text: last[0].replace(/^,\s*/, '').replace(/[.!?]$/, ''), span: { block, start: cueStart, end: sentence.end } }, phrase, { block, offset: cueStart });
      const next = sentences[si + 1];
      const nextText = next ? text.slice(next.start, next.end) : '';
      const cataphora = next && /^(?:he|she|they)$/i.test(phrase) && !CONTRAST.test(nextText) ? pick(CATAPHORA, latin).exec(nextText) : null;
      if (cataphora?.[1]) it.cataphora = cataphora[1];
      out.push(it);
      if (it.kind === 'unmarked') continuing = it;
    }
  });
  return out;
}
