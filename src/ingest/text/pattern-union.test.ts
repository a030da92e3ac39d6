import { describe, expect, it } from 'vitest';
import { patternUnion } from './pattern-union';

describe('patternUnion', () => {
  const patterns = [/^share$/i, /^\p{Lu}\p{Ll}+ Reporter$/u, /^(?:a|b)c$|^zz/i, /^Photo: .+$/];
  const any = patternUnion(patterns);

  it('matches exactly when one of the patterns does', () => {
    const texts = ['Share', 'SHARE', 'share this', 'Olwen Reporter', 'olwen Reporter', 'AC', 'bc', 'zzz', 'xzz'];
    for (const text of [...texts, 'Photo: Mira Tell', 'photo: Mira Tell', '', 'Ünal Reporter'])
      expect(any(text), text).toBe(patterns.some((p) => p.test(text)));
  });

  it('refuses a pattern it cannot join safely', () => {
    expect(() => patternUnion([/share$/])).toThrow(/anchored/);
    expect(() => patternUnion([/^(a)\1$/])).toThrow(/back-reference/);
  });
});
