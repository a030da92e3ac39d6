/**
 * Maps an Article to the prediction shape `shared/eval/score.mjs` reads (FORMAT.md, "What the
 * scorer reads"). Speakers become their full names; tweet links are given as the article wrote them,
 * because the gold keys hold them that way (`pic.twitter.com/…` with no scheme, `https://t.co/…`).
 */
import type { Article, QuoteKind } from '../ingest/schema';

export interface EvalPrediction {
  date: string | null;
  author: string | null;
  dateline: string | null;
  quotes: { text: string; speaker: string | null; kind: QuoteKind }[];
  tweets: { handle: string; date: string | null; link: string | null; text: string }[];
}

export function toEvalPrediction(article: Article): EvalPrediction {
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
  return {
    date: article.date,
    author: article.author,
    dateline: article.dateline,
    // The scorer matches exact substrings of the file, so a quote over several paragraphs
    // is given one entry per paragraph.
    quotes: article.quotes.flatMap((quote) => {
      const speaker = quote.speakerId === null ? null : (names.get(quote.speakerId) ?? null);
      const parts = quote.spans.length > 1 ? quote.text.split('\n\n') : [quote.text];
      return parts.map((text) => ({ text, speaker, kind: quote.kind }));
    }),
    tweets: article.tweets.map((tweet) => ({
      handle: tweet.handle ?? tweet.handleText,
      date: tweet.date,
      link: tweet.linkText ?? tweet.link,
      text: tweet.text,
    })),
  };
}

/** What a file that could not be ingested predicts: nothing, so the scorer counts it as all misses. */
export const EMPTY_PREDICTION: EvalPrediction = { date: null, author: null, dateline: null, quotes: [], tweets: [] };
