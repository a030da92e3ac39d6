import { describe, expect, it } from 'vitest';
import { findWords, hashesOf } from '../text/ascii-words';
import { WordTable } from './word-table';

const RULES = new Map([
  ['said', 1],
  ['told', 2],
  ['according', 4],
  ["don't", 8],
]);
const FLAGS = new Map([
  ['i', 1],
  ['said', 2],
  ['we', 4],
  ['re', 8],
]);

describe('WordTable', () => {
  const table = new WordTable(RULES, FLAGS);

  it('finds each pass its words, with both passes’ bits on a word they share', () => {
    const text = 'We’re ready, SAID Ola Brek; I told them, according to her.';
    const { ruleWords, flagWords } = table.scan(text);
    expect(ruleWords.map((w) => [w.word, w.start, w.rules])).toEqual([
      ['said', text.indexOf('SAID'), 1],
      ['told', text.indexOf('told'), 2],
      ['according', text.indexOf('according'), 4],
    ]);
    expect(flagWords.map((w) => [w.word, w.flags])).toEqual([
      ['we', 4],
      ['re', 8],
      ['said', 2],
      ['i', 1],
    ]);
    expect(ruleWords[0]).toBe(flagWords[2]);
  });

  it('reads words as findWords does (runs of ASCII letters; words with other characters never match)', () => {
    const text = "Don't say it: we said, they told (Saïd said) — TOLD@said [said]x according";
    for (const [map, pick] of [
      [RULES, 'ruleWords'],
      [FLAGS, 'flagWords'],
    ] as const) {
      const set = new Set(map.keys());
      const expected = findWords(text, set, hashesOf(set)).map(({ word, start, end }) => ({ word, start, end }));
      expect(table.scan(text)[pick].map(({ word, start, end }) => ({ word, start, end }))).toEqual(expected);
    }
  });
});
