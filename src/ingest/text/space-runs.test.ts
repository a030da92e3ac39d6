import { describe, expect, it } from 'vitest';
import { piecesBetweenSpaces } from './space-runs';

describe('piecesBetweenSpaces', () => {
  it('is split(/\\s+/).length, on 20,000 generated texts', () => {
    const pieces = ['a', 'Ana', 'é', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b', '.', ''];
    let seed = 5;
    const pick = () => pieces[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length]!;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = 0; k < n % 12; k++) text += pick();
      expect(piecesBetweenSpaces(text), JSON.stringify(text)).toBe(text.split(/\s+/).length);
    }
  });
});
