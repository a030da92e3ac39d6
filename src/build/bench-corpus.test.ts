// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import { makeBenchCorpus, makeHugeArticle, makeLongArticle, makeNewsCorpus } from './bench-corpus';

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

  it('makes long articles that keep naming new people, and come back to earlier ones', () => {
    const text = makeLongArticle(50_000, 1);
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    const result = ingestArticle('long.txt', new TextEncoder().encode(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // About four people per fixture's kilobyte, nearly all distinct: the registry must hold hundreds.
    expect(result.article.speakers.length).toBeGreaterThan(100);
    expect(text).toMatch(/“The timetable has not moved since yesterday,” the \w+ \w+ said/);
  });

  it('makes news-length articles of varied length with distinct people', () => {
    const news = makeNewsCorpus(12);
    const texts = news.map((a) => new TextDecoder().decode(a.bytes));
    expect(new Set(texts).size).toBe(12);
    for (const text of texts) expect(text.length).toBeGreaterThan(1_500);
    expect(Math.max(...texts.map((t) => t.length))).toBeGreaterThan(5_000);
    const firstPeople = texts.map((t) => /said (?:\w+ \w+ )?([A-Z]\w+ [A-Z]\w+)/.exec(t)?.[1]);
    expect(new Set(firstPeople).size).toBeGreaterThan(8);
  });
});
