import { describe, expect, it } from 'vitest';
import { pastParticipleAsVerb, pastTenseByPattern } from './past-tense';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    return ((x >>> 8) & 0xffff) / 0x10000;
  };
}

// Pieces that meet every branch of the rule: "-ed" words, "by", the words that stand before a
// participle, commas, apostrophes, accented and non-Latin letters, other spaces.
const PIECES = [
  'the',
  'was',
  'mill',
  'Mill',
  'lasted',
  'closed',
  'opened,',
  'by',
  'byway',
  'bed',
  'red',
  'ed',
  'aed',
  'Ended',
  'endedX',
  'finished',
  'sealed’',
  "o'er",
  'rené',
  'noted',
  'été',
  'fêted',
  'Zoë',
  'µed',
  'ªed',
  'moved',
  'жed',
  'closedé',
  ',',
  '.',
  '’',
  '“',
  '—',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\n',
  'by.',
  '7ed',
];

describe('pastParticipleAsVerb', () => {
  it('finds a past tense after a word that can stand before a verb', () => {
    expect(pastParticipleAsVerb('The reading lasted two hours.')).toBe(true);
    expect(pastParticipleAsVerb('She has been humiliated.')).toBe(false);
    expect(pastParticipleAsVerb('They saw the annulled goal.')).toBe(false);
    expect(pastParticipleAsVerb('The bridge, closed by the police')).toBe(false);
    expect(pastParticipleAsVerb('The crews, exhausted.')).toBe(false);
    expect(pastParticipleAsVerb('René fêted the team.')).toBe(true);
  });

  it('answers as the pattern does, on generated text', () => {
    const next = random(7);
    for (let n = 0; n < 20000; n++) {
      const count = 1 + Math.floor(next() * 8);
      let s = '';
      for (let k = 0; k < count; k++) s += (next() < 0.6 ? ' ' : '') + PIECES[Math.floor(next() * PIECES.length)]!;
      expect(pastParticipleAsVerb(s), JSON.stringify(s)).toBe(pastTenseByPattern(s));
    }
  });
});
