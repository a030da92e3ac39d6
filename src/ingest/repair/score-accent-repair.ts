/**
 * Scores the accent repair on sentences whose accents were stripped. Precision: repairs that give
 * back the word as written / repairs made. Recall: damaged words given back / damaged words that
 * left something to repair (a word that is still a word without its accents, "a" for "à", can only
 * be told by meaning; one that left nothing, "è", has no token); the recall over every damaged word
 * is given beside it.
 */
import { findRepairs } from './find-repairs';
import type { Speller } from './speller';
import type { WordRanks } from './word-ranks';

const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, '');

interface Unit {
  start: number;
  end: number;
  /** The word (or elision) as written. */
  original: string;
  /** What the damage left of it. */
  left: string;
}

/** The damage seen in the articles: accented letters deleted, "’" before a word turned into "? " and a capital. */
export function damage(sentence: string): { text: string; units: Unit[] } {
  let text = '';
  let pos = 0;
  const units: Unit[] = [];
  for (const m of sentence.matchAll(/(\p{L}+)’(\p{L}+)|\p{L}+/gu)) {
    text += ascii(sentence.slice(pos, m.index));
    const word = ascii(m[2] ?? '');
    const left = m[1] ? `${ascii(m[1])}? ${word.charAt(0).toUpperCase()}${word.slice(1)}` : ascii(m[0]);
    units.push({ start: text.length, end: text.length + left.length, original: m[0], left });
    text += left;
    pos = m.index + m[0].length;
  }
  return { text: text + ascii(sentence.slice(pos)), units };
}

export interface Score {
  repairs: number;
  right: number;
  /** Damaged words that left a token which is not a word as it stands. */
  damaged: number;
  recovered: number;
  /** Every damaged word, including those that left a word ("a" for "à") or nothing ("è"). */
  damagedAll: number;
  wrong: string[];
  missed: string[];
}

/** Scores the repair of one language's sentences, word by word (a capital put back in lower case counts as right). */
export function scoreLanguage(lang: string, sentences: readonly string[], sp: Speller, ranks?: WordRanks): Score {
  const score: Score = { repairs: 0, right: 0, damaged: 0, recovered: 0, damagedAll: 0, wrong: [], missed: [] };
  for (const sentence of sentences) {
    const { text, units } = damage(sentence);
    const byStart = new Map(units.map((u) => [u.start, u]));
    for (const u of units) {
      if (u.left === u.original) continue;
      score.damagedAll++;
      if (u.left && !(u.original.indexOf('’') < 0 && sp.correct(u.left))) score.damaged++;
    }
    const repaired = new Set<number>();
    for (const r of findRepairs(text, lang, sp, ranks)) {
      repaired.add(r.start);
      score.repairs++;
      const unit = byStart.get(r.start);
      const right = unit && unit.end === r.end && unit.original.toLowerCase() === r.repaired.toLowerCase();
      if (right) {
        score.right++;
        score.recovered++;
      } else score.wrong.push(`${r.original} → ${r.repaired} (${unit?.original ?? '?'})`);
    }
    for (const u of units)
      if (u.left && u.left !== u.original && !repaired.has(u.start)) score.missed.push(`${u.left} (${u.original})`);
  }
  return score;
}
