import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../text/ascii-words';
import { hasWords, tokenize, wordsBeforeBreak } from './clause-words';

// Words, joining marks, commas (also between digits), semicolons, quotation marks and spaces of several kinds.
const text = fc
  .array(
    fc.constantFrom('Ana', 'roy', '41', '000', ',', ';', "'", '’', '.', '-', '“', '”', ' ', '\u00a0', '\t', 'é', '𝐀'),
    {
      maxLength: 24,
    },
  )
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

describe('wordsBeforeBreak', () => {
  it('counts the word tokens before the first comma or semicolon token, up to a limit', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 1, max: 6 }))),
        ([t, limit]) => {
          let expected = 0;
          for (const token of tokenize(t, true)) {
            if (token.text === ',' || token.text === ';') break;
            if (token.word) expected++;
          }
          expect(wordsBeforeBreak(t, 0, t.length, limit)).toBe(Math.min(expected, limit));
        },
      ),
      { seed: 4, numRuns: 5000 },
    );
  });
});
