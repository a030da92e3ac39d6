import { describe, expect, it } from 'vitest';
import { isPlainPunctuation, shortHash, shortHashOfWords } from './hash';
import { normaliseWords } from './normalise-words';

describe('shortHash', () => {
  it('is stable: the same text always gives the same hash', () => {
    expect(shortHash('harbour-strike.txt')).toBe(shortHash('harbour-strike.txt'));
  });

  it('gives the known FNV-1a values (so ids do not change between releases)', () => {
    // FNV-1a 32-bit: "" → 0x811c9dc5 (the offset basis), "a" → 0xe40c292c; in base 36, last 6 digits.
    expect(shortHash('')).toBe('ztntfp');
    expect(shortHash('a')).toBe('r9wi7g');
    expect((0x811c9dc5).toString(36).endsWith('ztntfp')).toBe(true);
    expect((0xe40c292c).toString(36).endsWith('r9wi7g')).toBe(true);
  });

  it('is 6 lower-case base-36 characters by default', () => {
    for (const text of ['', 'a', 'a much longer text with spaces and ü', '🎉']) {
      expect(shortHash(text)).toMatch(/^[0-9a-z]{6}$/);
    }
  });

  it('honours a shorter or longer length (up to 7)', () => {
    expect(shortHash('abc', 4)).toMatch(/^[0-9a-z]{4}$/);
    expect(shortHash('abc', 7)).toMatch(/^[0-9a-z]{7}$/);
    expect(shortHash('abc', 7).endsWith(shortHash('abc', 4))).toBe(true);
  });

  it("writes the hash's digits as Number#toString(36) does, zero-padded to seven", () => {
    // The FNV-1a hash of each text, as a reference: the digits are written out in hash.ts.
    const fnv = (text: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(36).padStart(7, '0');
    };
    for (let i = 0; i < 2000; i++) {
      const text = `article_${i * 7919}.txt`;
      for (const length of [1, 6, 7]) expect(shortHash(text, length)).toBe(fnv(text).slice(-length));
    }
  });

  it('differs for texts that differ by one character or by order', () => {
    expect(shortHash('market-reopens.txt')).not.toBe(shortHash('market-reopens.tx'));
    expect(shortHash('ab')).not.toBe(shortHash('ba'));
    expect(shortHash('Dev_01.txt')).not.toBe(shortHash('dev_01.txt'));
  });

  it('spreads a few hundred similar names without collisions', () => {
    const names = Array.from({ length: 500 }, (_, i) => `article_${i}.txt`);
    expect(new Set(names.map((n) => shortHash(n))).size).toBe(names.length);
  });
});

describe('shortHashOfWords', () => {
  it('equals the hash of the normalised words, so ids do not depend on how they are computed', () => {
    for (const text of [
      'Hello, World!',
      '  Éléphant  déjà-vu “quoted” ',
      '¿Qué?',
      'Ça change tout. 1870, not 1920',
      '東京 市場',
      '',
    ]) {
      expect(shortHashOfWords(text)).toBe(shortHash(normaliseWords(text), 7));
    }
  });

  it('ignores case, accents, punctuation and spacing, and nothing else', () => {
    expect(shortHashOfWords('We will  win, Élise!')).toBe(shortHashOfWords('we will win elise'));
    expect(shortHashOfWords('We will win')).not.toBe(shortHashOfWords('We will lose'));
  });

  it('skips normalising only for punctuation that stays a gap between words when normalised', () => {
    for (let c = 0x80; c < 0x3000; c++) {
      if (!isPlainPunctuation(c)) continue;
      const ch = String.fromCharCode(c);
      expect(`${ch}${ch.normalize('NFKD')}`).not.toMatch(/[\p{L}\p{N}\p{M}]/u);
      expect(shortHashOfWords(`It’s a ${ch}new${ch} “day” — at 9…`)).toBe(
        shortHash(normaliseWords(`It’s a ${ch}new${ch} “day” — at 9…`), 7),
      );
    }
    expect(shortHashOfWords('“Déjà vu…” — Élise’s')).toBe(shortHash(normaliseWords('“Déjà vu…” — Élise’s'), 7));
  });
});
