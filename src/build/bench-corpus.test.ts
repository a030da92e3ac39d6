// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import { makeBenchCorpus, makeHugeArticle } from './bench-corpus';

describe('bench corpus', () => {
  it('makes distinct articles that keep their header and tweet dates', () => {
    const corpus = makeBenchCorpus(40);
    const texts = corpus.map((a) => new TextDecoder().decode(a.bytes));
    expect(new Set(texts).size).toBe(40);
    for (const article of corpus) {
      const result = ingestArticle(article.source, article.bytes);
      expect(result.ok && result.article.date, article.source).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('makes a huge article as one paragraph of the requested size', () => {
    const text = new TextDecoder().decode(makeHugeArticle(100_000));
    const [, body = ''] = text.split('\n\n');
    expect(body.length).toBeGreaterThan(90_000);
    expect(body.trimEnd()).not.toContain('\n');
  });
});
