// The zxcvbn-ts language packages type only their index; these are the word-list modules
// src/lib/word-frequency-lists.ts imports on their own (each exports its words, most frequent first).
declare module '@zxcvbn-ts/*/dist/commonWords.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/*/dist/commonWords.json.mjs' {
  const words: string[];
  export default words;
}
