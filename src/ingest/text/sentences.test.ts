import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dual, patternFor } from './latin-pattern';
import { abbreviationStop, splitSentences, type Range } from './sentences';

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

  it('does not end a sentence after the titles a name takes in the lexicon, "Coun." and "Brig." too', () => {
    expect(pieces('Coun. Raj Patel met Brig. Ana Roy. Both spoke.')).toEqual([
      'Coun. Raj Patel met Brig. Ana Roy.',
      'Both spoke.',
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

  it('ends a sentence before a bullet: a list run into one paragraph', () => {
    expect(pieces('• Tolls rise in May. • Ferries stop at ten.')).toEqual([
      '• Tolls rise in May.',
      '• Ferries stop at ten.',
    ]);
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

describe('splitSentences against the boundary pattern', () => {
  // The definition the code loop reads by character code: the pattern, in its Latin form for Latin text.
  const BOUNDARY = dual(/([.!?…]+)([”"’'»)\]]*)\s+(?=[\p{Lu}\p{N}“"‘'«„¿¡(•▪])/gu);
  const bySplitPattern = (text: string): Range[] => {
    const out: Range[] = [];
    let start = 0;
    const boundary = patternFor(BOUNDARY, text);
    boundary.lastIndex = 0;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      if (m[1] === '.' && !m[2] && abbreviationStop(text, m.index, start, m.index + m[0].length)) continue;
      const end = m.index + m[1]!.length + m[2]!.length;
      if (end > start) out.push({ start, end });
      start = m.index + m[0].length;
    }
    const end = text.trimEnd().length;
    if (start < text.length && end > start) out.push({ start, end });
    return out;
  };
  // Terminators, closing and opening marks, spaces of every kind, capitals and digits in and beyond
  // Latin-1 and ASCII (Ł, Ω and ½ open a sentence only in non-Latin text; 𝐀 is a capital of two units).
  const PIECES = [
    '.',
    '!',
    '?',
    '…',
    '”',
    '"',
    '’',
    "'",
    '»',
    ')',
    ']',
    '“',
    '‘',
    '«',
    '„',
    '¿',
    '¡',
    '(',
    '•',
    ' ',
    '  ',
    '\u00a0',
    '\n',
    '\u2003',
    'word',
    'Mr',
    'Dr',
    'U.S',
    'no',
    'No',
    'Inc',
    'A',
    'J',
    'É',
    'é',
    'Ł',
    'Ω',
    'ω',
    '½',
    '٣',
    '𝐀',
    'Ж',
    '5',
    '12',
  ];
  it('finds the boundaries the pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text), JSON.stringify(text)).toEqual(bySplitPattern(text));
      }),
      { seed: 5, numRuns: 30000 },
    );
  });
});
