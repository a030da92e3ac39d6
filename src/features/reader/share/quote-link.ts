/**
 * The link a reader copies for a quote. Besides the quote's id it carries the quote's first words
 * (`?w=`), so the quote can be found again after the article is re-ingested with the words or the
 * speaker's name corrected (see find-moved-quote.ts), and a text fragment (`#:~:text=`) that
 * browsers use to scroll to the words on any copy of the page.
 */
import type { Quote } from '../../../ingest/schema';
import { paths } from '../../../lib/paths';

/** The query parameter that carries the quote's first words. */
export const WORDS_PARAM = 'w';
const CARRIED_WORDS = 10;
const FRAGMENT_WORDS = 4;

const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** The first words of a quote, as the link carries them. */
export function linkWords(text: string): string {
  return words(text).slice(0, CARRIED_WORDS).join(' ');
}

/** Text-fragment syntax reserves `-`, `,` and `&`: they are escaped on top of URI encoding. */
function fragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `start,end` of a text fragment for the quote's words (its first paragraph, where a quote spans several). */
export function textFragment(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? text;
  const raw = firstParagraph.trim().split(/\s+/);
  if (raw.length <= FRAGMENT_WORDS * 2) return fragmentPart(raw.join(' '));
  return `${fragmentPart(raw.slice(0, FRAGMENT_WORDS).join(' '))},${fragmentPart(raw.slice(-FRAGMENT_WORDS).join(' '))}`;
}

/** The absolute link to share: the quote's page, its first words, and a text fragment. */
export function shareableQuoteUrl(origin: string, slug: string, quote: Pick<Quote, 'id' | 'text'>): string {
  const url = new URL(paths.quote.href(slug, quote.id), origin);
  url.searchParams.set(WORDS_PARAM, linkWords(quote.text));
  return `${url.href}#:~:text=${textFragment(quote.text)}`;
}
