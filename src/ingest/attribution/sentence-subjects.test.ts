import { describe, expect, it } from 'vitest';
import { isLatin1Text } from '../text/ascii-words';
import { OPENING, openingLength, wholeLatin1 } from './sentence-subjects';

/** Random sentences over words, commas, quotation marks, spaces of several kinds and capitals in and beyond the BMP. */
function randomTexts(count: number, seed: number): string[] {
  const pieces = [
    'At',
    'the',
    'news',
    'conference',
    ' ',
    '  ',
    '\u00a0',
    '\t',
    ',',
    ', ',
    '“',
    '”',
    '"',
    '«',
    '‘',
    '’',
    'Ana',
    'Roy',
    'é',
    'É',
    '𝐀',
    '\ud835',
    'x'.repeat(30),
    '.',
    'said',
  ];
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
  );
}

describe('openingLength', () => {
  it('reads the opening phrase as the pattern does, within any part of a text', () => {
    for (const text of [
      ...randomTexts(20000, 11),
      'At a news conference on Tuesday, Ana Roy said',
      'In 2020, 𝐀 rose',
      '“No,” Roy said',
    ]) {
      for (const [start, end] of [
        [0, text.length],
        [1, text.length],
        [0, Math.max(0, text.length - 1)],
      ] as const) {
        if (start > end) continue;
        const expected = OPENING.exec(text.slice(start, end))?.[0].length ?? 0;
        expect(openingLength(text, start, end), JSON.stringify([text, start, end])).toBe(expected);
      }
    }
  });
});

describe('wholeLatin1', () => {
  it('answers as isLatin1Text for every character and for texts that mix them', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(wholeLatin1(ch), c.toString(16)).toBe(isLatin1Text(ch));
    }
    for (const text of randomTexts(2000, 5)) expect(wholeLatin1(text), JSON.stringify(text)).toBe(isLatin1Text(text));
  });
});
