/**
 * Language per span: each quote gets the language of its words, each paragraph the language of its
 * text where that differs from the article's (tweets have theirs from build-tweet.ts). Readers use it
 * for `lang` attributes, the repair step to know which dictionary to read a span with.
 */
import type { Block, Quote, Tweet } from '../schema';
import { detectSpanLanguage } from './detect-language';

/** The blocks with `lang` on paragraphs in another language than `articleLanguage`. */
export function markBlockLanguages(blocks: Block[], articleLanguage: string): Block[] {
  return blocks.map((block) => {
    if (block.type !== 'paragraph') return block;
    const lang = detectSpanLanguage(block.text, articleLanguage);
    return lang && lang !== articleLanguage ? { ...block, lang } : block;
  });
}

/**
 * The quotes with `lang` where their words tell it; a tweet's quote takes the tweet's. `lang` is set
 * on the quotes themselves, which are the article's own (attributeQuotes made them for it): a copy of
 * every quote cost more than telling its language.
 */
export function markQuoteLanguages(
  quotes: Quote[],
  blocks: readonly Block[],
  tweets: readonly Tweet[],
  articleLanguage: string,
): Quote[] {
  for (const quote of quotes) {
    // (The block is only read for a tweet's quote.)
    const first = quote.kind === 'tweet' ? blocks[quote.spans[0]!.block] : undefined;
    const lang = first?.type === 'tweet' ? tweets[first.tweet]?.lang : detectSpanLanguage(quote.text, articleLanguage);
    if (lang) quote.lang = lang;
  }
  return quotes;
}
