/**
 * One scan of a paragraph's words for both speech passes: the sentence rules' trigger words
 * (find-sentence-speech) and the words the unmarked-speech pass reads (find-unmarked-speech). Each
 * pass keeps its words as a map from the word to its bits; a table joins the two, so a paragraph is
 * read once, and a word found carries both passes' bits instead of being looked up again by string.
 *
 * A word is what `findWords` (ascii-words.ts) takes for one: a run of ASCII letters, lower-cased.
 * Words of a map that hold anything else are never found, there as here.
 */
import { hashesOf, mayHold, wordHash, type WordAt, type WordHashes } from '../text/ascii-words';

/** A word of the table found in a paragraph: the word as the table holds it, and each pass's bits. */
export interface TableWord extends WordAt {
  rules: number;
  flags: number;
}

/** The words of a paragraph each pass reads, in order: those with rule bits, and those with flags. */
export interface ScannedWords {
  ruleWords: TableWord[];
  flagWords: TableWord[];
}

interface Entry {
  word: string;
  rules: number;
  flags: number;
}

const isLowerAsciiWord = (word: string) => /^[a-z]+$/.test(word);

/** A slot's start for a hash: the high bits mixed in, so that words differing late still spread. */
const slotOf = (h: number, mask: number) => (h ^ (h >>> 13)) & mask;

export class WordTable {
  // Open addressing by the word's hash: a slot holds the hash and its entry; an empty slot ends a probe.
  private readonly hashes: Int32Array;
  private readonly entries: (Entry | undefined)[];
  private readonly mask: number;
  // findWords' filter of the table's words, read first: 8 KB stays in the cache, the slots do not.
  private readonly filter: WordHashes;

  constructor(rules: ReadonlyMap<string, number>, flags: ReadonlyMap<string, number>) {
    const byWord = new Map<string, Entry>();
    const entryOf = (word: string) => {
      let e = byWord.get(word);
      if (!e) byWord.set(word, (e = { word, rules: 0, flags: 0 }));
      return e;
    };
    for (const [word, bits] of rules) if (isLowerAsciiWord(word)) entryOf(word).rules |= bits;
    for (const [word, bits] of flags) if (isLowerAsciiWord(word)) entryOf(word).flags |= bits;
    // At most one slot in eight taken: most words of a text meet an empty slot at once.
    let size = 16;
    while (size < byWord.size * 8) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.entries = new Array<Entry | undefined>(size).fill(undefined);
    this.filter = hashesOf(byWord.keys());
    for (const e of byWord.values()) {
      const h = wordHash(e.word);
      let slot = slotOf(h, this.mask);
      while (this.entries[slot]) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.entries[slot] = e;
    }
  }

  /** The table's words in a text, in order, without a string for the words it does not hold. */
  scan(text: string): ScannedWords {
    const ruleWords: TableWord[] = [];
    const flagWords: TableWord[] = [];
    const { hashes, entries, mask, filter } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // A character is an ASCII letter exactly when its code with the 0x20 bit set is a–z ('@' and
      // '[' become '`' and '{'), and that code is the letter's lower case: one read and one test
      // per character, the first letter read once.
      let c = text.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + c) | 0;
        c = ++i < n ? text.charCodeAt(i) | 0x20 : 0;
      } while (c >= 97 && c <= 122);
      if (!mayHold(filter, h)) continue;
      for (let slot = slotOf(h, mask); ; slot = (slot + 1) & mask) {
        const e = entries[slot];
        if (e === undefined) break;
        if (hashes[slot] !== h || !sameWord(text, start, i, e.word)) continue;
        const found: TableWord = { word: e.word, start, end: i, rules: e.rules, flags: e.flags };
        if (e.rules) ruleWords.push(found);
        if (e.flags) flagWords.push(found);
        break;
      }
    }
    return { ruleWords, flagWords };
  }
}

/** Whether text[start, end), a run of ASCII letters, is `word` once lower-cased. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}
