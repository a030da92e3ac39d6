import { describe, expect, it } from 'vitest';
import { formatQuote, type CitableQuote } from './quote-citation';

const quote: CitableQuote = {
  text: 'The pier has been closed since the storm.',
  speaker: 'Marta Olsen',
  role: 'Chair of the harbour board',
  articleTitle: 'Harbour board votes to rebuild the north pier',
  date: '2024-06-11',
  author: 'Ines Caldwell',
  url: 'https://v.example/articles/pier/quotes/marta-olsen-0zuhtca',
};

describe('a quote as people share it', () => {
  it('as text: the words, who said it in what role, where and when, and the link', () => {
    expect(formatQuote(quote, 'text')).toBe(
      '“The pier has been closed since the storm.” — Marta Olsen, Chair of the harbour board, in Harbour board votes to rebuild the north pier (June 11, 2024) <https://v.example/articles/pier/quotes/marta-olsen-0zuhtca>',
    );
  });
  it('as Markdown: a block quote with a linked title', () => {
    expect(formatQuote(quote, 'markdown')).toBe(
      '> The pier has been closed since the storm.\n>\n> — **Marta Olsen**, Chair of the harbour board, in [Harbour board votes to rebuild the north pier](https://v.example/articles/pier/quotes/marta-olsen-0zuhtca) (June 11, 2024)',
    );
  });
  it('as APA, MLA and Chicago citations of the article', () => {
    expect(formatQuote(quote, 'apa')).toBe(
      'Caldwell, I. (2024, June 11). Harbour board votes to rebuild the north pier. Verbatim. https://v.example/articles/pier/quotes/marta-olsen-0zuhtca',
    );
    expect(formatQuote(quote, 'mla')).toBe(
      'Caldwell, Ines. “Harbour board votes to rebuild the north pier.” Verbatim, 11 Jun. 2024, https://v.example/articles/pier/quotes/marta-olsen-0zuhtca.',
    );
    expect(formatQuote(quote, 'chicago')).toBe(
      'Caldwell, Ines. “Harbour board votes to rebuild the north pier.” Verbatim, June 11, 2024. https://v.example/articles/pier/quotes/marta-olsen-0zuhtca.',
    );
  });
  it('leaves out what the article does not say (no author, no date, no speaker)', () => {
    const bare = { ...quote, author: null, date: null, speaker: null, role: null };
    expect(formatQuote(bare, 'text')).toBe(`“${quote.text}” — Unattributed, in ${quote.articleTitle} <${quote.url}>`);
    expect(formatQuote(bare, 'apa')).toBe(
      `Harbour board votes to rebuild the north pier. (n.d.). Verbatim. ${quote.url}`,
    );
    expect(formatQuote(bare, 'chicago')).toBe(
      `“Harbour board votes to rebuild the north pier.” Verbatim. ${quote.url}.`,
    );
  });
});
