/**
 * The article pipeline, top to bottom: bytes in, an `Article` out.
 * Each step is a small module with its own tests; this file only calls them in order.
 * The schema checks the JSON where it crosses a boundary: the build checks every article before it
 * writes it (src/build/build-library.ts), and the UI checks what it fetches. Checking here as well
 * cost a fifth of the ingest time for nothing.
 */
import { attributeQuotes } from './attribution/attribute-quotes';
import { deriveTitle, mayGiveTitle, repeatsHeadline } from './layout/derive-title';
import { findLayout } from './layout/find-layout';
import { parseHeader } from './layout/parse-header';
import { splitParagraphs } from './layout/split-paragraphs';
import { repairArticle } from './repair/repair-article';
import type { Spellers } from './repair/speller';
import type { WordRanksByLanguage } from './repair/word-ranks';
import { type Article, type Block, type IngestWarning, type ParagraphBlock, type Tweet } from './schema';
import type { ArticleSummary } from './library/library-schema';
import { decodeText } from './text/decode-text';
import { detectLanguage, LANGUAGE_SAMPLE } from './text/detect-language';
import { markBlockLanguages, markQuoteLanguages } from './text/mark-languages';
import { linkTranslations } from './translation/link-translations';
import { shortHash } from './text/hash';
import { slugify } from './text/slugify';
import { buildTweet } from './tweets/build-tweet';
import { parseTweetEmbed } from './tweets/parse-tweet-embed';

export interface IngestOptions {
  /** Dictionaries by language: with them, the article's non-English spans get `repairs` (see
   * repair/repair-article.ts for the whole API and how to build them). */
  spellers?: Spellers;
  /** Word frequencies by language, which settle some repairs the dictionaries leave open. */
  ranks?: WordRanksByLanguage;
}

export type IngestResult = { ok: true; article: Article } | { ok: false; source: string; error: string };

/** Turns one file's bytes into an Article, or a per-file error that names the file and the problem. */
export function ingestArticle(source: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  try {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { ok: false, source, error: `${source}: ${decoded.error}` };
    return ingestText(source, decoded.text, decoded.warnings, options);
  } catch (error) {
    // A bug must cost one file, never the whole folder.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, source, error: `${source}: could not be ingested (${reason})` };
  }
}

/** The same pipeline from already-decoded text. */
export function ingestText(
  source: string,
  text: string,
  warnings: IngestWarning[] = [],
  options: IngestOptions = {},
): IngestResult {
  const header = parseHeader(text);
  warnings.push(...header.warnings);
  const body = header.rest ? `${header.rest}\n${header.body}` : header.body;
  const layout = findLayout(splitParagraphs(body), header.rest.length > 0);

  const blocks: Block[] = [];
  const tweets: Tweet[] = [];
  // Whether every block so far is furniture (kept as a flag, not read again from the blocks each time).
  let onlyFurnitureSoFar = true;
  for (const paragraph of layout.paragraphs) {
    // Page furniture (captions, credits, bylines, share lines) is kept as written, apart from the story.
    if (paragraph.role === 'furniture') {
      blocks.push({ type: 'furniture', kind: paragraph.kind, text: paragraph.text });
      continue;
    }
    // Scraped pages often print the headline twice: the title line, then the same words as a paragraph.
    if (layout.title !== null && onlyFurnitureSoFar && repeatsHeadline(paragraph.text, layout.title)) {
      blocks.push({ type: 'furniture', kind: 'headline', text: paragraph.text });
      continue;
    }
    onlyFurnitureSoFar = false;
    const embed = parseTweetEmbed(paragraph.text);
    if (!embed) {
      blocks.push({ type: 'paragraph', role: paragraph.role, text: paragraph.text });
      continue;
    }
    warnings.push(...embed.warnings);
    blocks.push({ type: 'tweet', tweet: tweets.length });
    tweets.push(buildTweet(embed));
  }
  if (blocks.length === 0) return { ok: false, source, error: `${source}: empty file (no body text after the header)` };

  // The title is the headline line, else the story's first sentence; never a caption, a credit or a byline.
  const firstTweet = tweets[0];
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  const firstText =
    paragraphs.find((b) => mayGiveTitle(b.text))?.text ||
    paragraphs[0]?.text ||
    firstTweet?.text ||
    (firstTweet ? `Tweet by ${firstTweet.displayName}` : source);
  const title = layout.title ?? (deriveTitle(firstText, layout.dateline) || source);
  const attribution = attributeQuotes(blocks, tweets, { author: header.author });
  const language = detectLanguage(openingText(blocks)) ?? 'en';
  const quotes = linkTranslations(
    markQuoteLanguages(attribution.quotes, blocks, attribution.tweets, language),
    blocks,
    attribution.tweets,
    language,
  );

  const article: Article = {
    slug: `${slugify(title, 6) || 'article'}-${shortHash(source)}`,
    source,
    title,
    date: header.date,
    author: header.author,
    dateline: layout.dateline,
    standfirst: layout.standfirst.length ? layout.standfirst.join('\n\n') : null,
    correspondentNote: layout.correspondentNote,
    language,
    blocks: markBlockLanguages(blocks, language),
    tweets: attribution.tweets,
    quotes,
    speakers: attribution.speakers,
    mentions: attribution.mentions,
    warnings,
  };
  return { ok: true, article: options.spellers ? repairArticle(article, options.spellers, options.ranks) : article };
}

/** The first paragraphs, enough to tell the language (detectLanguage reads no further than its sample). */
function openingText(blocks: Block[]): string {
  let text = '';
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      // A first paragraph as long as the sample is all the sample holds: it is passed as it stands,
      // not copied to join a space to it.
      if (text === '' && b.text.length >= LANGUAGE_SAMPLE) return b.text;
      text += `${b.text} `;
    }
    if (text.length > LANGUAGE_SAMPLE) break;
  }
  return text;
}

/** The library's view of an article. */
export function summariseArticle(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    source: article.source,
    title: article.title,
    date: article.date,
    author: article.author,
    dateline: article.dateline,
    speakers: article.speakers.map(({ id, name, kind }) => ({ id, name, kind })),
    quoteCount: article.quotes.filter((q) => q.kind !== 'tweet').length,
    tweetCount: article.tweets.length,
    warningCount: article.warnings.length,
  };
}

/** Makes slugs unique across a corpus (in the given order), saying so where one had to change. */
export function assignUniqueSlugs(articles: Article[]): Article[] {
  const taken = new Set<string>();
  return articles.map((article) => {
    if (!taken.has(article.slug)) {
      taken.add(article.slug);
      return article;
    }
    let n = 2;
    while (taken.has(`${article.slug}-${n}`)) n++;
    const slug = `${article.slug}-${n}`;
    taken.add(slug);
    const warning = {
      code: 'duplicate-slug',
      message: `Another article already had the slug "${article.slug}"; this one is "${slug}".`,
    };
    return { ...article, slug, warnings: [...article.warnings, warning] };
  });
}
