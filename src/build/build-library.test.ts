// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import { ArticleSchema, type Article } from '../ingest/schema';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { buildLibrary, libraryFiles } from './build-library';
import type { SeedOutcome } from './load-seeds';

function articleFrom(source: string, text: string): Article {
  const result = ingestArticle(source, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

const ok = (article: Article): SeedOutcome => ({ source: article.source, ok: true, article });

describe('buildLibrary', () => {
  it('gives two articles with the same slug different slugs, and says so', () => {
    const a = articleFrom('a.txt', 'PISA – The tower still leans, said engineer Ada Rossi.');
    const b = { ...articleFrom('b.txt', 'PISA – The tower still leans.'), slug: a.slug };
    const library = buildLibrary([ok(a), ok(b)]);
    const slugs = library.index.articles.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(2);
    const second = library.index.articles.find((s) => s.source === 'b.txt')?.slug ?? '';
    expect(library.index.articles.find((s) => s.source === 'a.txt')?.slug).toBe(a.slug);
    expect(library.articles.get(second)?.warnings.map((w) => w.code)).toContain('duplicate-slug');
  });

  it('lists failures in the index and writes only schema-valid JSON', () => {
    const good = articleFrom('good.txt', 'ROME – Buses run late again.');
    const broken = { ...articleFrom('broken.txt', 'ROME – Trams too.'), slug: 'Not A Slug!' };
    const library = buildLibrary([ok(good), ok(broken), { source: 'bin.txt', ok: false, message: 'bin.txt: binary' }]);
    expect(library.index.failures.map((f) => f.source)).toEqual(['broken.txt', 'bin.txt']);
    expect(library.index.failures[0]?.message).toMatch(/^broken\.txt: output failed the schema check/);

    const files = libraryFiles(library);
    expect(files[0]?.path).toBe('index.json');
    expect(files.filter((f) => f.path.startsWith('articles/')).map((f) => f.path)).toEqual([
      `articles/${good.slug}.json`,
    ]);
    expect(LibraryIndexSchema.safeParse(JSON.parse(files[0]?.json ?? '')).success).toBe(true);
    expect(ArticleSchema.safeParse(JSON.parse(files.at(-1)?.json ?? '')).success).toBe(true);
  });
});
