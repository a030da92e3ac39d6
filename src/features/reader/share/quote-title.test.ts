import { describe, expect, it } from 'vitest';
import { firstWords, quoteTitle } from './quote-title';

describe('quote titles', () => {
  it('keeps a short quote whole and cuts a long one at a word, with an ellipsis', () => {
    expect(firstWords('We will rebuild.', 8)).toBe('We will rebuild.');
    expect(firstWords('We will rebuild the harbour, every pier of it, by spring', 5)).toBe(
      'We will rebuild the harbour…',
    );
  });
  it('names the speaker, the first words and the article', () => {
    expect(quoteTitle('Ana Pell', 'The pier stays open all winter long for the boats', 'Pier vote')).toBe(
      'Ana Pell: “The pier stays open all winter long for…” · Pier vote',
    );
    expect(quoteTitle(null, 'No comment', 'Pier vote')).toBe('Unattributed: “No comment” · Pier vote');
  });
});
