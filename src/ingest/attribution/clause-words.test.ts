import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordsBeforeBreak } from './clause-words';

// Words, joining marks, commas (also between digits), semicolons, quotation marks and spaces of several kinds.
const text = fc
  .array(
    fc.constantFrom('Ana', 'roy', '41', '000', ',', ';', "'", '’', '.', '-', '“', '”', ' ', '\u00a0', '\t', 'é', '𝐀'),
    {
      maxLength: 24,
    },
  )
  .map((pieces) => pieces.join(''));

describe('wordsBeforeBreak', () => {
  it('counts the word tokens before the first comma or semicolon token, up to a limit', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 1, max: 6 }))),
        ([t, limit]) => {
          let expected = 0;
          for (const token of tokenize(t)) {
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
