import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWords, foldText, hashesOf, hasWords, isAscii, isLatin1Text } from './ascii-words';

const VERBS = new Set(['said', 'told', 'added']);
const HASHES = hashesOf(VERBS);

describe('findWords', () => {
  it('finds the words of the set whatever their case, with their offsets', () => {
    const text = 'SAID the mayor; she Told reporters and added: no.';
    const found = findWords(text, VERBS, HASHES);
    expect(found.map((w) => w.word)).toEqual(['said', 'told', 'added']);
    for (const w of found) expect(text.slice(w.start, w.end).toLowerCase()).toBe(w.word);
  });

  it('does not find a word of the set inside a longer word or across punctuation', () => {
    expect(findWords('resaid saidness toldx', VERBS, HASHES)).toEqual([]);
    expect(findWords('sa@id to[ld', VERBS, HASHES)).toEqual([]);
  });

  it('stops after the given number of words', () => {
    expect(findWords('one two three said', VERBS, HASHES, 3)).toEqual([]);
    expect(findWords('one two three said', VERBS, HASHES, 4).map((w) => w.word)).toEqual(['said']);
  });
});

describe('isAscii', () => {
  it('tells ASCII text from text with other characters', () => {
    expect(isAscii('Plain text, 42.')).toBe(true);
    expect(isAscii('Café')).toBe(false);
    expect(isAscii('“quoted”')).toBe(false);
  });
});

describe('isLatin1Text', () => {
  it('accepts Latin-1 letters and common punctuation, and nothing whose letters the Latin-1 ranges miss', () => {
    expect(isLatin1Text('Zoë said “no” — 5 €, again…')).toBe(true);
    for (const other of ['µ', 'ª', 'º', 'ł', 'ж', '😀', 'ℓ', 'ⁿ']) expect(isLatin1Text(`ab${other}`)).toBe(false);
    expect(isLatin1Text('ab ł', 0, 3)).toBe(true);
  });

  it('lets through no character that \\p{L} or \\p{M} reads as a letter or a mark beyond the Latin-1 ranges', () => {
    const latin1Letter = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isLatin1Text(ch)) expect(/[\p{L}\p{M}]/u.test(ch), ch).toBe(latin1Letter.test(ch));
    }
  });
});

describe('foldText', () => {
  const byNormalising = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const tableChars: string[] = [];
  for (let c = 0; c < 0x20d0; c++)
    if (c < 0x100 || (c >= 0x2000 && c <= 0x206f) || c >= 0x20a0) tableChars.push(String.fromCharCode(c));

  it('folds accents and case', () => {
    expect(foldText('Renée Ørsted – “Ça”')).toBe('renee ørsted – “ca”');
    expect(foldText('Łódź')).toBe(byNormalising('Łódź'));
  });

  it('folds every pair of table characters as the normalisation does', () => {
    for (const a of tableChars) {
      for (const b of tableChars) {
        const pair = a + b;
        if (foldText(pair) !== byNormalising(pair))
          expect(foldText(pair), JSON.stringify(pair)).toBe(byNormalising(pair));
      }
    }
  });
});

// The reference: how many words a text holds, as runs of characters other than spaces and controls.
const countWords = (text: string) => text.split(/[\x00-\x20]+/).filter(Boolean).length;
// Words, joining marks, commas, quotation marks and spaces of several kinds.
const text = fc
  .array(fc.constantFrom('Ana', 'roy', '41', ',', ';', '’', '.', '-', '“', ' ', '\u00a0', '\t', '\n', 'é', '𝐀'), {
    maxLength: 24,
  })
  .map((pieces) => pieces.join(''));
const range = (t: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('hasWords', () => {
  it('says whether countWords finds at least n words in a part of a text', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), range(t), fc.integer({ min: 0, max: 6 }))),
        ([t, [start, end], n]) => {
          expect(hasWords(t, start, end, n)).toBe(countWords(t.slice(start, end)) >= n);
        },
      ),
      { seed: 3, numRuns: 5000 },
    );
  });
});
