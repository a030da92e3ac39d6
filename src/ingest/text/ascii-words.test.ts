import { describe, expect, it } from 'vitest';
import { findWords, hashesOf, isAscii } from './ascii-words';

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
