/**
 * The lossless rule, for tests: every non-space character of an article's body must come back, in
 * order, in what the ingester stores (title line, standfirst, correspondent note, then the blocks,
 * with a tweet's parts). Used by lossless.test.ts (real files) and the property tests (any text).
 */
import type { Article } from '../schema';

/** Whitespace as a reader sees it (the ingester also treats U+200B as space). */
export const stripSpace = (s: string) => s.replace(/[\s\u200b\u2060\ufeff]+/gu, '');

// The header form parse-header.ts reads (a date written as three runs of digits), spelled out again
// so the checker does not trust the code it checks.
const HEADER_LINE = /^[ \t]*date:?[ \t]+\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?=[ \t]|$)(.*)$/i;

/** The body: the file after the header line, with the header's trailing text unless it was the byline. */
export function bodyOf(text: string, author: string | null): string {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const m = HEADER_LINE.exec(first);
  if (!m) return text;
  const trailing = (m[2] ?? '').trim();
  const after = nl < 0 ? '' : text.slice(nl + 1);
  const isByline =
    author !== null &&
    new RegExp(`^(?:from|by)\\s+`, 'i').test(trailing) &&
    trailing.replace(/^(?:from|by)\s+/i, '') === author;
  return isByline ? after : `${trailing}\n${after}`;
}

/**
 * What the article stores, in reading order: the blocks as they stand, with the title line put back
 * where it was written (after any page furniture before it) and the correspondent note after the
 * standfirst.
 */
export function storedText(article: Article, body: string): string {
  const texts = article.blocks.map((block) => {
    if (block.type !== 'tweet') return [block.text];
    const tweet = article.tweets[block.tweet];
    if (!tweet) throw new Error(`tweet block points at missing tweet ${block.tweet}`);
    return [tweet.text, tweet.linkText ?? '', tweet.displayName, tweet.handleText, tweet.dateText];
  });
  const paragraphs = article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  // Paragraphs stand between blank lines, or one per line where the lines were not wrapped
  // (split-paragraphs.ts): the title line is looked for among both.
  const nonEmpty = (parts: string[]) => parts.filter((p) => stripSpace(p) !== '');
  const isTitle = (p: string) => stripSpace(p) === stripSpace(article.title);
  const byBlankLines = nonEmpty(body.split(/\n[ \t\u00a0\u3000\u200b]*\n/));
  const sourceParagraphs = byBlankLines.some(isTitle) ? byBlankLines : nonEmpty(body.split('\n'));
  const titleAt = paragraphs.includes(article.title) ? -1 : sourceParagraphs.findIndex(isTitle);
  // Only furniture may stand before the title line: those blocks come first, then the title.
  const leading = titleAt >= 0 && article.blocks.slice(0, titleAt).every((b) => b.type === 'furniture') ? titleAt : -1;
  let lastStandfirst = -1;
  article.blocks.forEach((b, i) => {
    if (b.type === 'paragraph' && b.role === 'standfirst') lastStandfirst = i;
  });
  const parts: string[] = [];
  if (leading === 0) parts.push(article.title);
  if (lastStandfirst < 0 && article.correspondentNote !== null) parts.push(article.correspondentNote);
  texts.forEach((text, i) => {
    parts.push(...text);
    if (i + 1 === leading) parts.push(article.title);
    if (i === lastStandfirst && article.correspondentNote !== null) parts.push(article.correspondentNote);
  });
  return parts.join('\n');
}

/** Characters of the source that the stored form may leave out: the embed's dash, parentheses and @. */
const SKIPPABLE = new Set(['–', '—', '-', '(', ')', '@']);

/** Null when every character of `source` is found in order in `stored`, else a description of the first missing one. */
export function firstMissing(source: string, stored: string): string | null {
  const src = Array.from(stripSpace(source));
  const dst = stripSpace(stored);
  let j = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (SKIPPABLE.has(c)) {
      // Matched only where the stored text has it next; otherwise it may be skipped.
      if (dst.startsWith(c, j)) j += c.length;
      continue;
    }
    const at = dst.indexOf(c, j);
    if (at < 0) {
      const before = src.slice(Math.max(0, i - 40), i).join('');
      const after = src.slice(i + 1, i + 41).join('');
      return `character ${JSON.stringify(c)} (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) at non-space offset ${i} is missing: …${before}[${c}]${after}… ; stored text from there: ${JSON.stringify(dst.slice(j, j + 80))}`;
    }
    j = at + c.length;
  }
  return null;
}
