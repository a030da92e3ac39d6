import { searchQueryFor } from './search-params';
import { describe, expect, it } from 'vitest';
import { ingestArticle, summariseArticle } from '../../ingest/ingest-article';
import { searchLocalArticles, type SearchableLocalArticle } from './search-local';

// Invented articles: no dev-corpus text.
const LANTERNS = `Lanterns return to the Quillmoor towpath

By Tamsin Orrow

December 3, 2024

QUILLMOOR — The canal lanterns will be lit again this winter.

"We have mended every lantern between the two locks," said Bertrand Okafor, the canal keeper.

Residents had asked for the lights for years, Okafor said.
`;

const ORCHARD = `Orchard cooperative buys a cider press

By Wendell Ashby

March 9, 2021

FENWICK MARSH — The growers' cooperative has bought its first press.

"Every apple from the lower orchard will go through it," said Priya Castellane, who chairs the cooperative.
`;

function local(name: string, text: string): SearchableLocalArticle {
  const result = ingestArticle(name, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error);
  return { article: result.article, summary: summariseArticle(result.article) };
}

const records = [local('orchard.txt', ORCHARD), local('lanterns.txt', LANTERNS)];
const query = searchQueryFor;

describe('searchLocalArticles', () => {
  it("finds a quote by its words, accents and case folded, with its speaker and its article's slug", () => {
    const hits = searchLocalArticles(records, query('MENDED lantérn'));
    expect(hits.map((h) => [h.slug, h.speakerName, h.text])).toEqual([
      [records[1]!.article.slug, 'Bertrand Okafor', 'We have mended every lantern between the two locks'],
    ]);
    expect(hits[0]!.quoteId).toBe(records[1]!.article.quotes[0]!.id);
  });

  it("finds every quote of a speaker by name, and the title's words find the title and its quotes", () => {
    expect(searchLocalArticles(records, query('castellane')).map((h) => h.speakerName)).toEqual(['Priya Castellane']);
    const byTitle = searchLocalArticles(records, query('cider press'));
    expect(byTitle[0]).toMatchObject({ quoteId: null, title: 'Orchard cooperative buys a cider press' });
    expect(byTitle.length).toBe(1 + records[0]!.article.quotes.length);
  });

  it('needs every word, and narrows by speaker and by years', () => {
    expect(searchLocalArticles(records, query('lantern apple'))).toEqual([]);
    const okafor = records[1]!.article.speakers.find((s) => s.name === 'Bertrand Okafor')!.id;
    expect(
      searchLocalArticles(records, query('lanterns', { speaker: okafor })).every((h) => h.speakerId === okafor),
    ).toBe(true);
    expect(searchLocalArticles(records, query('cooperative', { from: '2022' }))).toEqual([]);
    expect(searchLocalArticles(records, query('cooperative', { to: '2021' })).length).toBeGreaterThan(0);
  });

  it('lists newest first, or by title, and keeps each hit apart by its key', () => {
    const both = query('every');
    const byDate = searchLocalArticles(records, both);
    expect(byDate[0]!.slug).toBe(records[1]!.article.slug);
    expect(searchLocalArticles(records, { ...both, sort: 'title' })[0]!.slug).toBe(records[1]!.article.slug);
    expect(new Set(byDate.map((h) => h.key)).size).toBe(byDate.length);
  });

  it('finds nothing for function words alone, and stops at the limit', () => {
    expect(searchLocalArticles(records, query('the of'))).toEqual([]);
    expect(searchLocalArticles(records, query('quillmoor', { limit: 1 }))).toHaveLength(1);
  });
});
