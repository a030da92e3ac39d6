import { describe, expect, it } from 'vitest';
import { scanSentences } from './find-sentence-speech';
import { SENTENCE_RULES } from './sentence-rules';

/** Runs a text through the sentence pass: each item's rule, kind, words and speaker phrase. */
function read(text: string) {
  const { items, rules } = scanSentences(0, text, []);
  return items.map((it, i) => ({
    rule: rules[i],
    kind: it.kind,
    words: it.spans.map((s) => text.slice(s.start, s.end)).join(' … '),
    speaker: it.speakerPhrase,
  }));
}

describe('the table of sentence rules', () => {
  it('has unique names, triggers and an example for every rule', () => {
    expect(new Set(SENTENCE_RULES.map((r) => r.name)).size).toBe(SENTENCE_RULES.length);
    for (const rule of SENTENCE_RULES) {
      expect(rule.triggers.length, rule.name).toBeGreaterThan(0);
      expect(rule.example.items.length, rule.name).toBeGreaterThan(0);
    }
  });

  for (const rule of SENTENCE_RULES) {
    it(`${rule.name}: finds what its own example says (${rule.produces})`, () => {
      const found = read(rule.example.text);
      expect(found.map(({ kind, words, speaker }) => ({ kind, words, speaker }))).toEqual(rule.example.items);
      expect(found[0]?.rule).toBe(rule.name);
    });
  }
});
