import { describe, expect, it } from 'vitest';
import { linkWords, shareableQuoteUrl, textFragment } from './quote-link';

describe('the shared quote link', () => {
  it('carries the quote id, its first words and a text fragment', () => {
    const url = shareableQuoteUrl('https://v.example', 'pier-vote-ab12', {
      id: 'ana-pell-0e4xvm6',
      text: '“We will not close the harbour this winter, whatever the council decides,” she said',
    });
    expect(url).toBe(
      'https://v.example/articles/pier-vote-ab12/quotes/ana-pell-0e4xvm6?w=We+will+not+close+the+harbour+this+winter+whatever+the' +
        '#:~:text=%E2%80%9CWe%20will%20not%20close,council%20decides%2C%E2%80%9D%20she%20said',
    );
  });
  it('escapes the characters text fragments reserve', () => {
    expect(textFragment('Yes - and, well & so')).toBe('Yes%20%2D%20and%2C%20well%20%26%20so');
  });
  it('keeps words, not punctuation', () => {
    expect(linkWords('“Let’s go,” — now!')).toBe('Let’s go now');
  });
});
