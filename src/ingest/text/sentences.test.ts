import { describe, expect, it } from 'vitest';
import { splitSentences, type Range } from './sentences';

const pieces = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

/** Every non-space character belongs to exactly one range, and ranges come in order without overlap. */
function expectRangesCoverText(text: string, ranges: Range[]) {
  let previousEnd = 0;
  for (const r of ranges) {
    expect(r.start).toBeGreaterThanOrEqual(previousEnd);
    expect(r.end).toBeGreaterThan(r.start);
    // Nothing but spaces between two sentences.
    expect(text.slice(previousEnd, r.start).trim()).toBe('');
    previousEnd = r.end;
  }
  expect(text.slice(previousEnd).trim()).toBe('');
}

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
    expect(pieces('The ferry was late again. Why does nobody fix it? Commuters are furious!')).toEqual([
      'The ferry was late again.',
      'Why does nobody fix it?',
      'Commuters are furious!',
    ]);
  });

  it('does not end a sentence after the titles Mr., Ms., Dr. and Prof.', () => {
    expect(pieces('Mr. Halvorsen arrived late. Dr. Quist left early with Prof. Lindqvist.')).toEqual([
      'Mr. Halvorsen arrived late.',
      'Dr. Quist left early with Prof. Lindqvist.',
    ]);
  });

  it('does not end a sentence after U.S. before a capitalised word', () => {
    expect(pieces('Officials at the U.S. Treasury declined to comment. Others agreed.')).toEqual([
      'Officials at the U.S. Treasury declined to comment.',
      'Others agreed.',
    ]);
  });

  it('keeps initials inside a name together', () => {
    expect(pieces('The report was signed by J. R. Pemberton on Monday. Nobody replied.')).toEqual([
      'The report was signed by J. R. Pemberton on Monday.',
      'Nobody replied.',
    ]);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    expect(
      pieces('“We are finished here.” The crowd left. She wrote that it was “a farce.” Then she resigned.'),
    ).toEqual(['“We are finished here.”', 'The crowd left.', 'She wrote that it was “a farce.”', 'Then she resigned.']);
  });

  it('returns ranges that cover all the text, in order, without the spaces between sentences', () => {
    const text = 'Rain fell on Tuesday.   “Enough!” shouted Mr. Brandt.  Was it over? 2026 will tell... Maybe.';
    const ranges = splitSentences(text);
    expect(ranges).toHaveLength(5);
    expectRangesCoverText(text, ranges);
    for (const r of ranges) expect(text.slice(r.start, r.end)).toBe(text.slice(r.start, r.end).trim());
  });

  it('gives one range for text without a boundary, and none for empty text', () => {
    expect(pieces('no capital follows the stop. so this stays one')).toEqual([
      'no capital follows the stop. so this stays one',
    ]);
    expect(splitSentences('')).toEqual([]);
  });

  // Was a bug ("no" sat in the abbreviation list for "No. 5"); fixed in 46e6869.
  it('ends a sentence after the word "no" (the abbreviation No. is for numbers)', () => {
    expect(pieces('The committee said no. Then it said yes.')).toEqual(['The committee said no.', 'Then it said yes.']);
  });
});
