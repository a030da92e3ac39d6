/**
 * Finds the quotes that give a tweet of the same article in translation (the seed's standfirst:
 * "at the end Macron wrote on Twitter: Let's begin to build a useful response to Russia …" for his
 * French tweet below). Meaning cannot be compared here, so only robust evidence counts, all of it
 * required: the quote's speaker is the tweet's author; the two are in different languages; they
 * share names, numbers and cognates ("Russia"/"Russie", "Europe", a word the translation left in
 * English) for a good part of the quote's words, or for one at least when the quote's cue says it
 * was tweeted; and they stand within a few blocks of each other.
 */
import type { Block, Quote, Tweet } from '../schema';

/** How far apart (in blocks) a quote and the tweet it translates may stand. */
const MAX_DISTANCE = 4;
/** Shared stems needed, and their share of the quote's stems; one is enough when the quote's cue
 * says it was tweeted ("who wrote on Twitter: Done, as promised. The pool …"). */
const MIN_SHARED = 3;
const MIN_SHARE = 0.25;
const MIN_SHARED_CUED = 1;
const TWEETED = /\b(?:twitter|tweet(?:s|ed)?|on x)\b/i;
/** Words as short as this are function words in every language; stems are cut to this length. */
const MIN_WORD = 4;
const STEM = 5;

// English words long enough to pass MIN_WORD that say nothing about what a text is about.
const COMMON = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'were',
  'been',
  'their',
  'there',
  'which',
  'about',
  'would',
  'will',
  'also',
  'they',
  'them',
  'what',
  'when',
  'into',
  'more',
  'than',
  'only',
  'some',
  'your',
  'over',
]);

/** Stems of a text: letters folded to ASCII and cut to five (cognates share them), numbers whole. */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const word of folded.match(/[a-z]+|\d+/g) ?? []) {
    if (/^\d+$/.test(word)) {
      if (word.length >= 2) stems.add(word);
    } else if (word.length >= MIN_WORD && !COMMON.has(word)) stems.add(word.slice(0, STEM));
  }
  return stems;
}

/** The quotes with `translationOf` set to the tweet each gives in translation; a tweet gets at most one. */
export function linkTranslations(
  quotes: Quote[],
  blocks: readonly Block[],
  tweets: readonly Tweet[],
  articleLanguage: string,
): Quote[] {
  // Most articles have no tweet in another language: nothing to read then.
  if (!tweets.some((t) => t.lang && t.lang !== articleLanguage)) return quotes;
  const tweetBlocks = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (b.type === 'tweet') tweetBlocks.set(b.tweet, i);
  });
  const best = new Map<string, { quote: number; score: number }>();
  quotes.forEach((quote, qi) => {
    if (quote.kind === 'tweet' || !quote.speakerId) return;
    const lang = quote.lang ?? articleLanguage;
    let quoteStems: Set<string> | null = null;
    const quoteBlock = quote.spans[0]!.block;
    const cued = TWEETED.test(quote.cue?.text ?? '');
    tweets.forEach((tweet, ti) => {
      const tweetBlock = tweetBlocks.get(ti);
      if (tweet.speakerId !== quote.speakerId || !tweet.lang || tweet.lang === lang || tweetBlock === undefined) return;
      if (Math.abs(tweetBlock - quoteBlock) > MAX_DISTANCE) return;
      quoteStems ??= stemsOf(quote.text);
      const tweetStems = stemsOf(tweet.text);
      let shared = 0;
      for (const s of quoteStems) if (tweetStems.has(s)) shared++;
      const score = shared / quoteStems.size;
      if (cued ? shared < MIN_SHARED_CUED : shared < MIN_SHARED || score < MIN_SHARE) return;
      const known = best.get(tweet.id);
      if (!known || score > known.score) best.set(tweet.id, { quote: qi, score });
    });
  });
  if (best.size === 0) return quotes;
  const byQuote = new Map([...best].map(([tweetId, { quote }]) => [quote, tweetId]));
  return quotes.map((quote, i) => {
    const tweetId = byQuote.get(i);
    return tweetId ? { ...quote, translationOf: tweetId } : quote;
  });
}
