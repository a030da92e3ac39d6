/** Tells the language of a short text from its commonest words; null when it cannot tell. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'on', 'we', 'you', 'are', 'this', 'our', 'was', 'be', 'have', 'thank', 'what', 'how', 'from'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'un', 'pour', 'nous', 'dans', 'du', 'que', 'qui', 'en', 'pas', 'notre', 'vous', 'sur', 'ce', 'au'],
  it: ['il', 'la', 'di', 'che', 'e', 'per', 'un', 'una', 'non', 'del', 'della', 'ai', 'alla', 'sono', 'questa', 'volta', 'nessuno', 'ci', 'tutta', 'torna', 'resta', 'dei'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'fr', 'für', 'ihren', 'ihr', 'wir', 'am', 'auf', 'zu', 'dem', 'des', 'sich', 'nchste', 'nächste'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'al', 'nuestra', 'muy'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'wij', 'ons'],
};

// Each stopword with the languages it belongs to, built once.
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) for (const w of list) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
// Long texts are told by their first words; counting more changes nothing but the time.
const SAMPLE = 1200;
const WORD_SAMPLE = 150;

export function detectLanguage(text: string): string | null {
  // Splitting on spaces and punctuation is enough to find stopwords, and avoids a Unicode class.
  const words = text.slice(0, SAMPLE).toLowerCase().split(/[\s.,;:!?"“”«»()'’?\-–—/0-9]+/, WORD_SAMPLE).filter(Boolean);
  if (words.length < 3) return null;
  const hits = new Map<string, number>();
  for (const w of words) for (const lang of LANGUAGES_OF.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, count] of hits) {
    const score = count / words.length;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) second = score;
  }
  return bestScore >= 0.08 && bestScore > second * 1.3 ? best : null;
}
