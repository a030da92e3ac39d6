// @vitest-environment node
import { searchQueryFor } from '../features/search/search-params';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import { bucketOf, dataFiles, slugFileCount } from '../ingest/library/data-files';
import { findMovedSlug, slugKey } from '../lib/slug';
import { type Article } from '../ingest/schema';
import {
  LibraryIndexSchema,
  SearchDocsSchema,
  SearchTermsSchema,
  SlugMapSchema,
  SpeakerPageSchema,
} from '../ingest/library/library-schema';
import { runSearch } from '../features/search/run-search';
import { digestArticle } from './article-digest';
import { libraryDataFiles } from './library-data';

function article(source: string, text: string): Article {
  const result = ingestArticle(source, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

const FERRY = article(
  'ferry.txt',
  ' date 2023-04-02 from Ines Lopes\n\nPORTO – The ferry is late again.\n\n“The engines are old,” said harbour director Rui Salgado.',
);
const BRIDGE = article(
  'bridge.txt',
  ' date 2024-06-10 from Tomas Berg\n\nPORTO – The bridge reopens.\n\n“We kept our promise,” said Rui Salgado, the harbour director.',
);
const UNDATED = article('notes.txt', 'PORTO – Ferry tickets cost more, said Rui Salgado.');

function files(articles: Article[]) {
  return new Map(
    [...libraryDataFiles(articles.map(digestArticle), [])].map((f) => [f.path, JSON.parse(f.json) as unknown]),
  );
}

function source(map: Map<string, unknown>) {
  const index = LibraryIndexSchema.parse(map.get(dataFiles.index));
  return {
    index,
    terms: async (b: number) => {
      const { keys, gaps } = SearchTermsSchema.parse(map.get(dataFiles.searchTerms(b)));
      return new Map(keys.map((k, i) => [k, gaps[i] ?? []]));
    },
    docs: async (n: number) => SearchDocsSchema.parse(map.get(dataFiles.searchDocs(n))),
  };
}

const query = searchQueryFor;

describe('library data', () => {
  it('gives a speaker one page across articles, newest first', () => {
    const map = files([FERRY, BRIDGE]);
    const page = SpeakerPageSchema.parse(map.get(dataFiles.speakerPage('rui-salgado', 0)));
    expect(page.speaker).toMatchObject({ id: 'rui-salgado', name: 'Rui Salgado', articleCount: 2 });
    expect(page.quotes.map((q) => [q.slug, q.text])).toEqual([
      [BRIDGE.slug, 'We kept our promise'],
      [FERRY.slug, 'The engines are old'],
    ]);
  });

  it('maps the last segment of each slug to its slug, in the file picked by the index total', () => {
    const map = files([UNDATED, FERRY, BRIDGE]);
    const index = LibraryIndexSchema.parse(map.get(dataFiles.index));
    for (const article of [UNDATED, FERRY, BRIDGE]) {
      const key = slugKey(article.slug);
      const file = SlugMapSchema.parse(map.get(dataFiles.slugs(bucketOf(key, slugFileCount(index.total)))));
      expect(findMovedSlug(`an-old-title-${key}`, file.slugs[key] ?? [])).toBe(article.slug);
    }
  });

  it('puts the first page and the years in the index, newest first, undated last', () => {
    const index = LibraryIndexSchema.parse(files([UNDATED, FERRY, BRIDGE]).get(dataFiles.index));
    expect(index.articles.map((a) => a.source)).toEqual(['bridge.txt', 'ferry.txt', 'notes.txt']);
    expect(index.years.map((y) => [y.year, y.articles, y.firstArticle])).toEqual([
      ['2024', 1, 0],
      ['2023', 1, 1],
      [null, 1, 2],
    ]);
    expect(index.total).toBe(3);
  });
});

describe('search over the split index', () => {
  const src = source(files([UNDATED, FERRY, BRIDGE]));

  it('finds quote words, newest first, each hit with its quote id', async () => {
    const { hits, complete } = await runSearch(src, query('engines old'));
    expect(hits.map((h) => h.quoteId)).toEqual([FERRY.quotes[0]?.id]);
    expect(complete).toBe(true);
  });

  it('finds by speaker name and by title words', async () => {
    const bySpeaker = await runSearch(src, query('Salgado'));
    expect(new Set(bySpeaker.hits.map((h) => h.slug))).toEqual(new Set([BRIDGE.slug, FERRY.slug, UNDATED.slug]));
    expect(bySpeaker.hits[0]?.slug).toBe(BRIDGE.slug);
    const byTitle = await runSearch(src, query('bridge reopens'));
    expect(byTitle.hits.every((h) => h.slug === BRIDGE.slug)).toBe(true);
    expect(byTitle.hits.length).toBeGreaterThan(0);
  });

  it('filters by speaker and by years, and sorts by title', async () => {
    const promise = await runSearch(src, query('promise', { speaker: 'rui-salgado' }));
    expect(promise.hits.map((h) => h.text)).toEqual(['We kept our promise']);
    expect((await runSearch(src, query('promise', { speaker: 'someone-else' }))).hits).toEqual([]);
    const in2023 = await runSearch(src, query('Salgado', { from: '2023', to: '2023' }));
    expect(new Set(in2023.hits.map((h) => h.slug))).toEqual(new Set([FERRY.slug]));
    const byTitle = await runSearch(src, query('Salgado', { sort: 'title' }));
    const titles = byTitle.hits.map((h) => h.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('says when there may be more than one screen of hits', async () => {
    const few = await runSearch(src, query('Salgado', { limit: 1 }));
    expect(few.hits).toHaveLength(1);
    expect(few.complete).toBe(false);
  });
});
