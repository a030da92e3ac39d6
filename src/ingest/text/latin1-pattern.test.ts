import { describe, expect, it } from 'vitest';
import { isLatin1Text } from './ascii-words';
import { latin1Pattern, latin1PatternFor } from './latin1-pattern';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    return ((x >>> 8) & 0xffff) / 0x10000;
  };
}

const PATTERNS = [
  /^(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u,
  /^(?:(?:The|the|Its|His|Her|Their|\p{Lu}[\p{L}'’-]*['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}-]+),?\s+$/u,
  /^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+\p{Lu}/u,
  /^(?:,[^,.;]{1,60},)?\s+(?:and|&)\s+(?:(?:his|her|their)\s+\p{Ll}+(?:,\s*)?\s*)?\p{Lu}/u,
  /(?<!\p{L})\p{Ll}{2,}ed(?!\p{L})/gu,
];
const PIECES = [
  'The',
  'the',
  'Ana',
  'Roy',
  'Élodie',
  'ß',
  'ÿ',
  'Þ',
  '×',
  '÷',
  'coach',
  "O'Neil",
  'Roy’s',
  'and',
  '&',
  'his',
  'moved',
  ',',
  '.',
  ';',
  '-',
  '’',
  '“',
  '—',
  '€',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\n',
  '7',
  'µ',
  'ł',
  'Ж',
];

describe('latin1Pattern', () => {
  it('matches as the Unicode pattern does, on every text it is used for', () => {
    const next = random(11);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const count = 1 + Math.floor(next() * 9);
      for (let k = 0; k < count; k++) s += PIECES[Math.floor(next() * PIECES.length)]!;
      for (const pattern of PATTERNS) {
        const p = latin1Pattern(pattern);
        const fast = latin1PatternFor(p, s);
        if (isLatin1Text(s)) expect(fast).toBe(p.latin1);
        fast.lastIndex = 0;
        const got = fast.exec(s)?.slice();
        pattern.lastIndex = 0;
        expect(got, `${pattern} on ${JSON.stringify(s)}`).toEqual(pattern.exec(s)?.slice());
      }
    }
  });

  it('refuses what it cannot translate exactly', () => {
    expect(() => latin1Pattern(/\p{L}/iu)).toThrow();
    expect(() => latin1Pattern(/\p{M}/u)).toThrow();
    expect(() => latin1Pattern(/\P{L}/u)).toThrow();
    expect(() => latin1Pattern(/a/)).toThrow();
  });
});
