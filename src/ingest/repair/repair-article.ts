/**
 * Repairs for what a translation pipeline broke in the non-English spans of an article: words whose
 * accented letters were deleted ("Commenons btir une rponse" → "Commençons bâtir une réponse") and
 * elisions turned into "? " ("d? Viter" → "d’éviter"). Lossless: the text, quote ids and offsets
 * stay as published; `Article.repairs` lists (block, start, end, original, repaired) for a reader to
 * show over the text.
 *
 * API (pure: no Node, no DOM; the same calls work in a Web Worker):
 *   1. `ingestArticle(source, bytes)` → an article whose quotes, tweets and foreign paragraphs carry `lang`.
 *   2. `repairLanguages(article)` → the languages it needs dictionaries for (`['fr']`), none for English.
 *   3. Build a `Speller` per language, asynchronously and once per process or worker:
 *      `createHunspellSpeller(affText, dicText)` from repair/hunspell-speller.ts reads the `dictionary-xx`
 *      packages' `index.aff` / `index.dic` (Node: src/build/load-spellers.ts; a worker: fetch them).
 *   4. Optionally, word ranks per language (`rankWords` from repair/word-ranks.ts over a frequency
 *      list, src/lib/word-frequency-lists.ts), which settle some words the dictionary leaves open.
 *   5. `repairArticle(article, spellers, ranks)` → the same article with `repairs` (always an array,
 *      maybe empty). `ingestArticle(source, bytes, { spellers, ranks })` does 1 and 5 in one call
 *      when they are at hand; both give the same JSON.
 * A language without a speller is left unrepaired; English spans are never read.
 */
import type { Article, Block, Repair } from '../schema';
import { findRepairs } from './find-repairs';
import type { Spellers } from './speller';
import type { WordRanksByLanguage } from './word-ranks';

interface LangSpan {
  block: number;
  start: number;
  end: number;
  lang: string;
}

/** The non-English spans: paragraphs (with the article's language unless they carry their own),
 * tweets, and quotes, each with its language. */
function langSpans(article: Article): LangSpan[] {
  const spans: LangSpan[] = [];
  article.blocks.forEach((block, i) => {
    const lang = spanLanguage(article, block);
    const text = blockText(article, block);
    if (lang && lang !== 'en') spans.push({ block: i, start: 0, end: text.length, lang });
  });
  for (const quote of article.quotes) {
    if (!quote.lang || quote.lang === 'en') continue;
    for (const s of quote.spans) spans.push({ block: s.block, start: s.start, end: s.end, lang: quote.lang });
  }
  return spans;
}

function spanLanguage(article: Article, block: Block): string | null {
  if (block.type === 'tweet') return article.tweets[block.tweet]?.lang ?? null;
  if (block.type === 'paragraph') return block.lang ?? article.language;
  return null;
}

function blockText(article: Article, block: Block): string {
  return block.type === 'tweet' ? (article.tweets[block.tweet]?.text ?? '') : block.text;
}

/** The languages (BCP 47 primary tags) of the article's non-English spans, sorted. */
export function repairLanguages(article: Article): string[] {
  return [...new Set(langSpans(article).map((s) => primary(s.lang)))].sort();
}

/** The article with `repairs` for its non-English spans, read with `spellers` and `ranks` (by primary tag). */
export function repairArticle(article: Article, spellers: Spellers, ranks: WordRanksByLanguage = new Map()): Article {
  const repairs: Repair[] = [];
  const seen = new Set<string>();
  for (const span of langSpans(article)) {
    const lang = primary(span.lang);
    const speller = spellers.get(lang);
    const block = article.blocks[span.block];
    if (!speller || !block) continue;
    const text = blockText(article, block).slice(span.start, span.end);
    for (const r of findRepairs(text, lang, speller, ranks.get(lang))) {
      const start = span.start + r.start;
      const key = `${span.block}:${start}`;
      // A quote inside a foreign paragraph is read twice; its words are repaired once.
      if (seen.has(key)) continue;
      seen.add(key);
      repairs.push({ block: span.block, start, end: span.start + r.end, original: r.original, repaired: r.repaired });
    }
  }
  repairs.sort((a, b) => a.block - b.block || a.start - b.start);
  return { ...article, repairs: dropOverlaps(repairs) };
}

/** Keeps the first of overlapping repairs (an elision found in a paragraph and in its quote). */
function dropOverlaps(repairs: Repair[]): Repair[] {
  const out: Repair[] = [];
  for (const r of repairs) {
    const last = out[out.length - 1];
    if (last && last.block === r.block && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;
