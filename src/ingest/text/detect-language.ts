/** Tells the language of a short text from its commonest words; null when it cannot tell. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'on', 'we', 'you', 'are', 'this', 'our', 'was', 'be', 'have', 'thank', 'what', 'how', 'from'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'un', 'pour', 'nous', 'dans', 'du', 'que', 'qui', 'en', 'pas', 'notre', 'vous', 'sur', 'ce', 'au'],
  it: ['il', 'la', 'di', 'che', 'e', 'per', 'un', 'una', 'non', 'del', 'della', 'ai', 'alla', 'sono', 'questa', 'volta', 'nessuno', 'ci', 'tutta', 'torna', 'resta', 'dei'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'fr', 'für', 'ihren', 'ihr', 'wir', 'am', 'auf', 'zu', 'dem', 'des', 'sich', 'nchste', 'nächste'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'al', 'nuestra', 'muy'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'wij', 'ons'],
};

const LANGUAGES = Object.keys(STOPWORDS);

/** A word's hash, computed as the characters stream by (no string per word). */
const hashStep = (h: number, code: number) => (Math.imul(h, 31) + code) | 0;
const hashOf = (word: string) => [...word].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), 0);

// Each stopword's hash with the indexes of the languages it belongs to, built once. A collision
// with another word only nudges a count, which a language guess can afford.
const LANGUAGES_OF = new Map<number, number[]>();
LANGUAGES.forEach((lang, index) => {
  for (const w of STOPWORDS[lang] ?? []) LANGUAGES_OF.set(hashOf(w), [...(LANGUAGES_OF.get(hashOf(w)) ?? []), index]);
});
// Long texts are told by their first words; counting more changes nothing but the time.
const WORD_SAMPLE = 80;

/** A letter of the Latin alphabets (ASCII and Latin-1/Latin Extended), by code. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);

export function detectLanguage(text: string): string | null {
  // One pass over the characters: words are runs of letters, looked up by hash as they end.
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  let inWord = false;
  let h = 0;
  const lower = text.slice(0, WORD_SAMPLE * 12).toLowerCase();
  for (let i = 0; i <= lower.length && words < WORD_SAMPLE; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetter(c)) {
      h = inWord ? hashStep(h, c) : hashStep(0, c);
      inWord = true;
    } else if (inWord) {
      words++;
      for (const index of LANGUAGES_OF.get(h) ?? NONE) hits[index]!++;
      inWord = false;
    }
  }
  if (words < 3) return null;
  let best = -1;
  let bestScore = 0;
  let second = 0;
  hits.forEach((count, index) => {
    const score = count / words;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = index;
    } else if (score > second) second = score;
  });
  return best >= 0 && bestScore >= 0.08 && bestScore > second * 1.3 ? (LANGUAGES[best] ?? null) : null;
}

const NONE: number[] = [];
