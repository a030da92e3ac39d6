/**
 * Shapes that once made a pattern read a long run again from every character (a review found them:
 * a run of capitals after "a spokesman for", a long token before "-ed" or a capitalised word, letters
 * that ASCII's \b splits at every character). Each paragraph is 80,000 characters; linear code ingests
 * it in milliseconds, the quadratic versions took from seconds to half a minute, past the test's limit.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';

const N = 80_000;
const SHAPES: Record<string, string> = {
  'capitals after a spokesman for': `A spokesman for ${'ABCDEFGH'.repeat(N / 8)}1 said the road was shut.`,
  'a long token before an -ed word': `The annulled goal ${'x'.repeat(N)} is here. It is good, he said.`,
  'a long token before a capitalised word': `It is ${'x'.repeat(N)} now. It is fine, he said.`,
  'accented letters that ASCII \\b splits': `It is the annulled ${'aé'.repeat(N / 2)} now. It is fine, he said.`,
};

describe('long paragraphs of odd shapes', () => {
  it.each(Object.entries(SHAPES))(
    'ingests %s without reading it again from every character',
    (_, paragraph) => {
      const result = ingestText('long.txt', `Long paragraph\n\n${paragraph}`);
      expect(result.ok).toBe(true);
    },
    5_000,
  );
});
