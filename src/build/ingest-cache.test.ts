import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import { digestArticle } from './article-digest';
import { openIngestCache } from './ingest-cache';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-ingest-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(text: string) {
  const result = ingestArticle('note.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('ingest cache', () => {
  it('gives back what was put under the same key', async () => {
    const cache = await openIngestCache(dir);
    const bytes = new TextEncoder().encode('"We open at nine," the owner said.');
    const key = cache.keyOf('note.txt', bytes);
    const made = article('"We open at nine," the owner said.');
    await cache.put(key, JSON.stringify(made), digestArticle(made));
    expect((await cache.digest(key))?.quotes.map((q) => q.text)).toEqual(made.quotes.map((q) => q.text));
    expect(JSON.parse(await cache.articleJson(key))).toEqual(made);
    expect(cache.keyOf('other.txt', bytes)).not.toBe(key);
  });

  it('does not keep an article whose repairs were skipped, so the next run repairs it', async () => {
    const cache = await openIngestCache(dir);
    const made = article('"Nous allons commencer," a dit le maire.');
    const skipped = {
      ...made,
      warnings: [
        ...made.warnings,
        { code: 'repair-skipped', message: 'Dictionaries or word lists for fr could not be read' },
      ],
    };
    const key = cache.keyOf('skipped.txt', new Uint8Array([1, 2, 3]));
    await cache.put(key, JSON.stringify(skipped), digestArticle(skipped));
    expect(await cache.digest(key)).toBeNull();
  });
});
