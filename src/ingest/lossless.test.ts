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
import { ArticleSchema, HANDLE_PATTERN } from './schema';
import { bodyOf, firstMissing, storedText } from './test-support/lossless-check';

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

describe('the lossless checker itself', () => {
  it('accepts identical text and text that only differs in spacing', () => {
    expect(firstMissing('A b\n\nc – d', 'Ab c–d')).toBeNull();
  });
  it('lets the embed dash, parentheses and @ be skipped, nothing else', () => {
    expect(
      firstMissing(
        'Hi pic.twitter.com/Ab12 – Jo Bo (@jobo) May 1, 2024',
        'Hi pic.twitter.com/Ab12 Jo Bo jobo May 1, 2024',
      ),
    ).toBeNull();
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

  it.each(files.map((f) => [f.startsWith(CORPUS) ? `corpus/${relative(CORPUS, f)}` : relative(ROOT, f), f]))(
    '%s',
    (name, path) => {
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
    },
  );
});

/** Every string anywhere in a JSON-like value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('what every ingested file looks like', () => {
  it.each(files.map((f) => [f.startsWith(CORPUS) ? `corpus/${relative(CORPUS, f)}` : relative(ROOT, f), f]))(
    '%s',
    (name, path) => {
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
        if (tweet.link !== null)
          expect(tweet.link).toMatch(/^https:\/\/(?:pic\.twitter\.com|t\.co|(?:twitter|x)\.com)\/[A-Za-z0-9_/]+$/);
        if (tweet.handle !== null) expect(tweet.handle).toMatch(HANDLE_PATTERN);
        for (const e of tweet.entities) {
          expect(tweet.text.slice(e.start, e.end)).toBe(e.text);
          expect(e.href).toMatch(/^https?:\/\/[^\s<>"']+$/);
        }
      }
    },
  );
});
