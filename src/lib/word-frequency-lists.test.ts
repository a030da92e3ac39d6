import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { DICTIONARY_LANGUAGES, loadWordRanks } from '../build/load-spellers';
import { WORD_LIST_MODULES } from '../ingest/repair/word-list-modules';
import { WORD_FREQUENCY_LISTS, wordRanksLoader } from './word-frequency-lists';

const require = createRequire(import.meta.url);

describe('word frequency lists', () => {
  it('has a list for every language with a dictionary, the same in the worker as in the build', async () => {
    expect(Object.keys(WORD_FREQUENCY_LISTS).sort()).toEqual([...DICTIONARY_LANGUAGES]);
    expect(Object.keys(WORD_LIST_MODULES).sort()).toEqual([...DICTIONARY_LANGUAGES]);
    for (const lang of DICTIONARY_LANGUAGES) {
      const inWorker = await WORD_FREQUENCY_LISTS[lang]!();
      expect(inWorker.length).toBeGreaterThan(10_000);
      expect(require(WORD_LIST_MODULES[lang]!)).toEqual(inWorker);
    }
  });

  it('reads a list once, and none for a language without one', async () => {
    const reads: string[] = [];
    const load = wordRanksLoader((lang) => (lang === 'fr' ? (reads.push(lang), Promise.resolve(['de', 'la'])) : null));
    expect((await load('fr'))?.rankOf('la')).toBe(2);
    await load('fr');
    expect(reads).toEqual(['fr']);
    expect(await load('en')).toBeNull();
    expect(await loadWordRanks('en')).toBeNull();
  });

  it('reads a list again after a failed read', async () => {
    let calls = 0;
    const load = wordRanksLoader(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(['ja']),
    );
    await expect(load('pl')).rejects.toThrow('offline');
    expect((await load('pl'))?.size).toBe(1);
  });
});
