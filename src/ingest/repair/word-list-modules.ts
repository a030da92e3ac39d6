/**
 * Where Node finds each language's frequency-ranked word list: the CommonJS copy, in the zxcvbn-ts
 * language packages, of the module the browser's ingest worker imports as a chunk
 * (src/lib/word-frequency-lists.ts; a test checks both give the same words). Each exports its
 * words, most frequent first. Data only: the build (src/build/load-spellers.ts) and the tests read them.
 */
export const WORD_LIST_MODULES: Record<string, string> = {
  de: '@zxcvbn-ts/language-de/dist/commonWords.json.js',
  es: '@zxcvbn-ts/language-es-es/dist/commonWords.json.cjs',
  fr: '@zxcvbn-ts/language-fr/dist/commonWords.json.cjs',
  it: '@zxcvbn-ts/language-it/dist/commonWords.json.js',
  nl: '@zxcvbn-ts/language-nl-be/dist/commonWords.json.js',
  pl: '@zxcvbn-ts/language-pl/dist/commonWords.json.js',
};
