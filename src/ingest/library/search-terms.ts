/**
 * The words search matches on, the same at build time (indexing) and in the browser (querying):
 * lower case, accents folded, split at anything not a letter or digit, common function words left
 * out (they would be the largest posting lists and narrow nothing down).
 */

const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on or our ' +
    'she so than that the their them then there they this to us was we were what when which who will with you your'
  ).split(' '),
);

/** The distinct search terms of a text, in order of first appearance. */
export function searchTerms(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const out = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.add(word);
  }
  return [...out];
}

/** The term that marks every document of one speaker (the colon keeps it apart from any word). */
export function speakerTerm(speakerId: string): string {
  return `speaker:${speakerId}`;
}
