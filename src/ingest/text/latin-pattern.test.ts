import { describe, expect, it } from 'vitest';
import { dual, latinSource, patternFor } from './latin-pattern';

describe('latinSource', () => {
  it('narrows Unicode classes in and out of character classes, and leaves other escapes alone', () => {
    expect(latinSource("\\p{Lu}[\\p{L}\\p{M}'-]*\\s+\\d")).toBe(
      "[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F'-]*\\s+\\d",
    );
  });
});

describe('dual patterns', () => {
  const name = dual(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu);

  it('find the same names in Latin text with either form', () => {
    const text = 'on Monday, Renée Müller met Joël Ngata and Ana Núñez in Città.';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m[0]);
    expect(all(name.latin)).toEqual(all(name.unicode));
    expect(all(name.latin)).toContain('Renée Müller');
  });

  it('use the Unicode form for text in other scripts', () => {
    const text = 'Встреча: Владимир Путин и Emmanuel Macron.';
    const re = patternFor(name, text);
    expect(re).toBe(name.unicode);
    expect([...text.matchAll(re)].map((m) => m[0])).toContain('Владимир Путин');
  });
});
