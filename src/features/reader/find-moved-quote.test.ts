import { describe, expect, it } from 'vitest';
import type { Quote } from '../../ingest/schema';
import { shortHashOfWords } from '../../ingest/text/hash';
import { findMovedQuote, parseQuoteId, similarSpeaker, wordScore, wordTokens } from './find-moved-quote';

/** A quote with an id made the way the ingester makes it: speaker + hash of the words. */
const quote = (speakerId: string | null, text: string): Quote => ({
  id: `${speakerId ?? 'unknown'}-${shortHashOfWords(text, 7)}`,
  speakerId,
  kind: 'direct',
  text,
  spans: [{ block: 0, start: 0, end: text.length }],
  cue: null,
});

const before = [
  quote('ana-pell', 'We will not close the harbour this winter, whatever the council decides.'),
  quote('ana-pell', 'The boats need the pier more than the council needs the money.'),
  quote('tom-reyes', 'The vote is on Thursday and it will be close.'),
];
const link = (q: Quote) => ({ id: q.id, words: q.text.split(' ').slice(0, 10).join(' ') });

describe('findMovedQuote', () => {
  it('finds a quote whose words and speaker are unchanged by its id', () => {
    const { id, words } = link(before[0]!);
    expect(findMovedQuote(before, id, words)).toEqual({ status: 'found', quote: before[0] });
  });

  it('re-finds a quote after one word of it was corrected, and says the words changed', () => {
    const { id, words } = link(before[0]!);
    const after = [
      quote('ana-pell', 'We will not close the harbor this winter, whatever the council decides.'),
      ...before.slice(1),
    ];
    const result = findMovedQuote(after, id, words);
    expect(result).toMatchObject({ status: 'edited', quote: after[0], wordsChanged: true, speakerChanged: false });
  });

  it('re-finds a quote after a word was added near its start', () => {
    const { id, words } = link(before[1]!);
    const after = [
      before[0]!,
      quote('ana-pell', 'Frankly, the boats need the pier far more than the council needs the money.'),
      before[2]!,
    ];
    expect(findMovedQuote(after, id, words)).toMatchObject({ status: 'edited', quote: after[1] });
  });

  it('re-finds a quote by its words alone after the speaker was respelled, even from a link without words', () => {
    const { id } = link(before[2]!);
    const after = [...before.slice(0, 2), quote('tom-reyes-jr', 'The vote is on Thursday and it will be close.')];
    expect(findMovedQuote(after, id, null)).toMatchObject({
      status: 'edited',
      quote: after[2],
      wordsChanged: false,
      speakerChanged: true,
    });
  });

  it('re-finds a quote whose words and speaker both changed', () => {
    const { id, words } = link(before[0]!);
    const after = [
      quote('anna-pell', 'We will not close the harbour this year, whatever the council decides.'),
      ...before.slice(1),
    ];
    expect(findMovedQuote(after, id, words)).toMatchObject({
      status: 'edited',
      quote: after[0],
      wordsChanged: true,
      speakerChanged: true,
    });
  });

  it('calls a quote gone when its words are not there, and offers the same speaker’s quotes', () => {
    const { id, words } = link(before[0]!);
    const after = [quote('ana-pell', 'Nobody asked the fishermen what they think.'), before[1]!, before[2]!];
    const result = findMovedQuote(after, id, words);
    expect(result.status).toBe('gone');
    expect(result.status === 'gone' && result.nearby.map((q) => q.speakerId)).toEqual(['ana-pell', 'ana-pell']);
  });

  it('does not take another speaker’s different quote for a gone one', () => {
    const result = findMovedQuote([before[2]!], before[0]!.id, link(before[0]!).words);
    expect(result).toEqual({ status: 'gone', nearby: [] });
  });
});

describe('the pieces', () => {
  it('reads the speaker, the words hash and the repeat counter from an id', () => {
    expect(parseQuoteId('ana-pell-0e4xvm6')).toEqual({ speaker: 'ana-pell', hash: '0e4xvm6', repeat: '1' });
    expect(parseQuoteId('unknown-0e4xvm6-2')).toEqual({ speaker: 'unknown', hash: '0e4xvm6', repeat: '2' });
    expect(parseQuoteId('nonsense')).toBeNull();
  });
  it('compares words without case or accents', () => {
    expect(wordTokens('Élan, “Vital”')).toEqual(['elan', 'vital']);
    expect(wordScore(['we', 'will', 'go'], 'We will go home')).toBe(1);
    expect(wordScore(['we', 'will', 'go'], 'They stayed')).toBe(0);
  });
  it('takes a respelled name for the same speaker, not another person', () => {
    expect(similarSpeaker('ana-pell', 'anna-pell')).toBe(true);
    expect(similarSpeaker('ana-pell', 'tom-reyes')).toBe(false);
  });
});
