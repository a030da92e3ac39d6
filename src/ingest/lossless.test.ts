/**
 * No text is lost: every non-space character of an article's body must come back, in order, in what the
 * ingester stores (title line, standfirst, correspondent note, then the blocks, with a tweet's parts).
 * Runs over seeds/, our own fixtures and, when present, the shared corpus next to the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from './ingest-article';
import { ArticleSchema, HANDLE_PATTERN, type Article } from './schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus');

function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

const files = [
  ...txtFiles(join(ROOT, 'seeds')),
  ...txtFiles(join(ROOT, 'src/ingest/__fixtures__')),
  ...txtFiles(CORPUS),
  ...txtFiles(join(CORPUS, 'bad')),
];

/** Whitespace as a reader sees it (the ingester also treats U+200B as space). */
const stripSpace = (s: string) => s.replace(/[\s\u200b\u2060\ufeff]+/gu, '');

/** The file's text, decoded independently of the ingester: UTF-8, else single-byte Windows-1252. */
function fileText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

const HEADER_LINE = /^[ \t]*date:?[ \t]+\d{4}-\d{1,2}-\d{1,2}(?=[ \t]|$)(.*)$/i;

/** The body: the file after the header line, with the header's trailing text unless it was the byline. */
function bodyOf(text: string, author: string | null): string {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const m = HEADER_LINE.exec(first);
  if (!m) return text;
  const trailing = (m[1] ?? '').trim();
  const after = nl < 0 ? '' : text.slice(nl + 1);
  const isByline = author !== null && new RegExp(`^(?:from|by)\\s+`, 'i').test(trailing) && trailing.replace(/^(?:from|by)\s+/i, '') === author;
  return isByline ? after : `${trailing}\n${after}`;
}

/**
 * What the article stores, in reading order: the blocks as they stand, with the title line put back
 * where it was written (after any page furniture before it) and the correspondent note after the
 * standfirst.
 */
function storedText(article: Article, body: string): string {
  const texts = article.blocks.map((block) => {
    if (block.type !== 'tweet') return [block.text];
    const tweet = article.tweets[block.tweet];
    if (!tweet) throw new Error(`tweet block points at missing tweet ${block.tweet}`);
    return [tweet.text, tweet.linkText ?? '', tweet.displayName, tweet.handleText, tweet.dateText];
  });
  const paragraphs = article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  const sourceParagraphs = body.split(/\n[ \t\u00a0\u3000\u200b]*\n/).filter((p) => stripSpace(p) !== '');
  const titleAt = paragraphs.includes(article.title) ? -1 : sourceParagraphs.findIndex((p) => stripSpace(p) === stripSpace(article.title));
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
function firstMissing(source: string, stored: string): string | null {
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

describe('the lossless checker itself', () => {
  it('accepts identical text and text that only differs in spacing', () => {
    expect(firstMissing('A b\n\nc – d', 'Ab c–d')).toBeNull();
  });
  it('lets the embed dash, parentheses and @ be skipped, nothing else', () => {
    expect(firstMissing('Hi pic.twitter.com/Ab12 – Jo Bo (@jobo) May 1, 2024', 'Hi pic.twitter.com/Ab12 Jo Bo jobo May 1, 2024')).toBeNull();
    expect(firstMissing('Hi there', 'Hi ther')).toMatch(/"e".*missing/);
  });
  it('reports a dropped word with its context', () => {
    const report = firstMissing('Date palms line the avenue.', 'line the avenue.');
    expect(report).toContain('"D"');
    expect(report).toContain('[D]atepalms');
  });
  it('notices reordered paragraphs', () => {
    expect(firstMissing('First. Second.', 'Second. First.')).not.toBeNull();
  });
});

describe('no text is lost', () => {
  it('has files to check (seeds and fixtures)', () => {
    expect(files.filter((f) => !f.startsWith(CORPUS)).length).toBeGreaterThanOrEqual(4);
  });

  it.each(files.map((f) => [f.startsWith(CORPUS) ? `corpus/${relative(CORPUS, f)}` : relative(ROOT, f), f]))('%s', (name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const result = ingestArticle(name, bytes);
    if (!result.ok) {
      // Only the shared corpus's deliberately broken files may be refused, and only as binary or empty.
      expect(path.startsWith(join(CORPUS, 'bad')), `${name} was refused: ${result.error}`).toBe(true);
      expect(result.error).toMatch(/binary|empty file/i);
      return;
    }
    const body = bodyOf(fileText(bytes), result.article.author);
    const missing = firstMissing(body, storedText(result.article, body));
    expect(missing, `${name}: ${missing}`).toBeNull();
  });
});

/** Every string anywhere in a JSON-like value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('what every ingested file looks like', () => {
  it.each(files.map((f) => [f.startsWith(CORPUS) ? `corpus/${relative(CORPUS, f)}` : relative(ROOT, f), f]))('%s', (name, path) => {
    const result = ingestArticle(name, new Uint8Array(readFileSync(path)));
    if (!result.ok) {
      expect(result.error.startsWith(`${name}: `)).toBe(true);
      return;
    }
    const a = result.article;
    expect(ArticleSchema.safeParse(a).success).toBe(true);
    expect(a.source).toBe(name);
    for (const s of allStrings(a)) {
      expect(s, 'no carriage return').not.toContain('\r');
      expect(s, 'no byte-order mark').not.toContain('\ufeff');
    }
    expect(a.blocks.length).toBeGreaterThan(0);
    expect(a.title.trim()).not.toBe('');
    for (const block of a.blocks) {
      if (block.type === 'tweet') expect(a.tweets[block.tweet]).toBeDefined();
      else expect(block.text.trim()).toBe(block.text);
    }
    expect(a.blocks.filter((b) => b.type === 'tweet')).toHaveLength(a.tweets.length);
    for (const tweet of a.tweets) {
      if (tweet.link !== null) expect(tweet.link).toMatch(/^https:\/\/(?:pic\.twitter\.com|t\.co|(?:twitter|x)\.com)\/[A-Za-z0-9_/]+$/);
      if (tweet.handle !== null) expect(tweet.handle).toMatch(HANDLE_PATTERN);
      for (const e of tweet.entities) {
        expect(tweet.text.slice(e.start, e.end)).toBe(e.text);
        expect(e.href).toMatch(/^https?:\/\/[^\s<>"']+$/);
      }
    }
  });
});
