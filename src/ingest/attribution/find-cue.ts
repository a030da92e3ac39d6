/**
 * The words that attribute a quote: after it (", the minister said", "said Ruffini, who …") or
 * before it ("He added:", "According to Ricci,"). Returns the speaker phrase still unresolved.
 */
import { ROLE_WORDS, SPEECH_VERBS } from './lexicon';

export interface CueMatch {
  /** Text naming the speaker: "the minister", "Putin, who in recent weeks …", "he". */
  speaker: string;
  /** The cue as written, and where it starts/ends in the paragraph. */
  text: string;
  start: number;
  end: number;
}

const VERB = `(?:${SPEECH_VERBS.join('|')})`;
// ", Dellera said" / " Rendl told reporters" — a short subject, optional aside, then the verb.
const SUBJECT_VERB = new RegExp(`^[\\s,.;:!?—–-]*((?:[^\\s,.;:!?“”"«»]+\\s+){0,7}?[^\\s,.;:!?“”"«»]+(?:,[^.;:!?“”"«»]{1,140},)?)\\s+(?:also\\s+|then\\s+|later\\s+|simply\\s+|immediately\\s+)?(${VERB})\\b`, 'u');
// ", said the mayor, Odile Brun" / " commented the councillor …"
const VERB_SUBJECT = new RegExp(`^[\\s,.;:!?—–-]*(${VERB})\\s+([^.;:!?“”"«»]{2,160})`, 'u');
// "He added: " / "Rendl told reporters outside: " / "X said in a statement, "
const BEFORE = new RegExp(`((?:[^\\s,.;:!?“”"«»]+\\s+){0,7}?[^\\s,.;:!?“”"«»]+(?:,[^.;:!?“”"«»]{1,140},)?)\\s+(?:also\\s+|then\\s+|later\\s+)?(${VERB})\\b[^.;:!?“”"«»]{0,60}?[:,]\\s*$`, 'u');
const ACCORDING = /(?:^|\s)[Aa]ccording to ([^,.;:“”"]{2,80}),\s*$/;

/** A cue in the text right after a quote's closing mark (up to the end of its sentence). */
export function cueAfter(text: string, from: number, limit: number): CueMatch | null {
  const after = text.slice(from, limit);
  const acc = /^[\s,]*according to ([^,.;:“”"]{2,80})/i.exec(after);
  if (acc?.[1]) {
    const start = from + acc[0].toLowerCase().indexOf('according');
    return { speaker: acc[1], text: `according to ${acc[1]}`, start, end: from + acc[0].length };
  }
  const sv = SUBJECT_VERB.exec(after);
  if (sv?.[1] && !/^(?:it|this|that|there|which|what)$/i.test(sv[1]) && plausibleSubject(sv[1])) {
    const start = from + sv.index + sv[0].indexOf(sv[1]);
    return { speaker: sv[1], text: after.slice(sv[0].indexOf(sv[1]), sv[0].length).trim(), start, end: from + sv[0].length };
  }
  const vs = VERB_SUBJECT.exec(after);
  if (vs?.[1] && vs[2] && plausibleSubject(vs[2].split(',')[0] ?? '')) {
    const start = from + vs[0].indexOf(vs[1]);
    return { speaker: vs[2], text: `${vs[1]} ${vs[2].split(',')[0]}`.trim(), start, end: start + vs[1].length + 1 + (vs[2].split(',')[0]?.length ?? 0) };
  }
  return null;
}

/** A cue in the text right before a quote's opening mark (from the start of its sentence). */
export function cueBefore(text: string, from: number, to: number): CueMatch | null {
  const before = text.slice(from, to);
  const acc = ACCORDING.exec(before);
  if (acc?.[1]) {
    const start = from + acc.index + acc[0].indexOf('ccording') - 1;
    return { speaker: acc[1], text: `according to ${acc[1]}`, start, end: from + acc.index + acc[0].length };
  }
  const m = BEFORE.exec(before);
  if (m?.[1] && plausibleSubject(m[1])) {
    const start = from + m.index;
    return { speaker: m[1], text: before.slice(m.index).replace(/[:,]\s*$/, '').trim(), start, end: from + before.trimEnd().length };
  }
  return null;
}

/** A subject that can speak: a pronoun, a capitalised name, or a short noun phrase — not a clause. */
export function plausibleSubject(phrase: string): boolean {
  const head = phrase.split(',')[0]?.trim() ?? '';
  if (!head) return false;
  if (/^(?:he|she|they|we|i)$/i.test(head)) return true;
  const words = head.split(/\s+/);
  if (words.length > 8) return false;
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|not|and|but)\b/i.test(head) && !/^\p{Lu}/u.test(head)) return false;
  // "manager Luis Ortega": a bare role word before a name.
  const bareRole = /^(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+\p{Lu}/u.exec(head);
  if (bareRole?.[1] && ROLE_WORDS.has(bareRole[1]) ) return true;
  return /^(?:the|a|an|its|his|her|their)\s/i.test(head) || /^\p{Lu}/u.test(head);
}
