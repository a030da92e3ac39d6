import { describe, expect, it } from 'vitest';
import { deriveTitle, mayGiveTitle, repeatsHeadline } from './derive-title';

const LONG =
  'The harbour authority of Valmera announced on Tuesday that the ferry timetable for all eleven outer islands will change from the first of June onwards';

describe('repeatsHeadline', () => {
  it('knows the headline printed again, whatever its case, spacing or full stop', () => {
    expect(repeatsHeadline('Ferry fares rise  again.', 'Ferry fares rise again')).toBe(true);
    expect(repeatsHeadline('FERRY FARES RISE AGAIN', 'Ferry fares rise again')).toBe(true);
  });
  it('leaves a lede that only starts like the headline', () => {
    expect(repeatsHeadline('Ferry fares rise again on the northern routes.', 'Ferry fares rise again')).toBe(false);
  });
});

describe('deriveTitle', () => {
  it('takes no title from a dateline alone or a one-word label', () => {
    expect(mayGiveTitle('NEW YORK (CNNMoney)')).toBe(false);
    expect(mayGiveTitle('LAHORE:')).toBe(false);
    expect(mayGiveTitle('Takeaways')).toBe(false);
    expect(mayGiveTitle('Ferry fares to rise in May')).toBe(true);
    expect(mayGiveTitle('LAHORE: The ferry fares will rise in May.')).toBe(true);
  });

  it('takes no title from a label with its colon or a name alone, which pages print over a story', () => {
    expect(mayGiveTitle('Follow Us:')).toBe(false);
    expect(mayGiveTitle('Social Media Profiles:')).toBe(false);
    expect(mayGiveTitle('Tom Vell')).toBe(false);
    expect(mayGiveTitle('Ana M. Roy')).toBe(false);
    expect(mayGiveTitle('Harbour Ferries Sold')).toBe(true);
    expect(mayGiveTitle('Ferry chief: we will sail')).toBe(true);
  });

  it('leaves out a dateline the layout did not take, and a list bullet', () => {
    expect(deriveTitle('LAHORE: Minister Ana Roy said the pier would reopen. More followed.', null)).toBe(
      'Minister Ana Roy said the pier would reopen',
    );
    expect(deriveTitle('Thursday, March 30, 2023 – Mayor Tom Vell has banned parades.', null)).toBe(
      'Mayor Tom Vell has banned parades',
    );
    expect(deriveTitle('- Driver freed a passenger before officers arrested him on the bridge', null)).toBe(
      'Driver freed a passenger before officers arrested him on the bridge',
    );
  });

  it('uses the first sentence without its full stop', () => {
    expect(deriveTitle('The ferry left late again. Nobody was surprised.', null)).toBe('The ferry left late again');
  });

  it('keeps a question or exclamation mark out of the title end', () => {
    expect(deriveTitle('Who pays for the cranes? Nobody knows.', null)).toBe('Who pays for the cranes');
  });

  it('keeps an ellipsis whole: only a sentence’s own full stop goes', () => {
    expect(deriveTitle('HEARD ON THE QUAYSIDE...', null)).toBe('HEARD ON THE QUAYSIDE...');
  });

  it('uses the whole paragraph when it is one short sentence', () => {
    expect(deriveTitle('Ferries resume on Wednesday', null)).toBe('Ferries resume on Wednesday');
  });

  it.each([
    ['LISBON', 'LISBON – The strike was called on Sunday. More followed.'],
    ['NEW YORK', 'NEW YORK - The strike was called on Sunday. More followed.'],
    ['BERLIN', 'BERLIN — The strike was called on Sunday. More followed.'],
    ['LONDON', 'LONDON (Reuters) -The strike was called on Sunday. More followed.'],
    ['WASHINGTON', 'WASHINGTON, Feb. 7 – The strike was called on Sunday. More followed.'],
  ])('strips the dateline %s and its dash', (dateline, paragraph) => {
    expect(deriveTitle(paragraph, dateline)).toBe('The strike was called on Sunday');
  });

  it('does not cut a sentence at a decimal point or an initialism', () => {
    expect(deriveTitle('Prices rose 4.5 percent in the U.S. last year. Then fell.', null)).toBe(
      'Prices rose 4.5 percent in the U.S. last year',
    );
  });

  it('is never longer than 90 characters', () => {
    for (const text of [LONG, 'word '.repeat(60), 'Ab'.repeat(200), `${LONG}, ${LONG}`]) {
      expect(deriveTitle(text, null).length).toBeLessThanOrEqual(90);
    }
  });

  it('cuts a long sentence at a word boundary and ends it with an ellipsis', () => {
    const title = deriveTitle(LONG, null);
    expect(title.endsWith('…')).toBe(true);
    const words = title.slice(0, -1);
    expect(LONG.startsWith(words)).toBe(true);
    // The next character of the source is a space: no word was cut in half.
    expect(LONG[words.length]).toBe(' ');
    expect(title).toBe('The harbour authority of Valmera announced on Tuesday that the ferry timetable for all…');
  });

  it('prefers a clause boundary (comma) when one is far enough in, without a dangling comma', () => {
    const text =
      'LISBON – The harbour authority announced on Tuesday, after a long and acrimonious meeting with the unions, that the ferries will change';
    const title = deriveTitle(text, 'LISBON');
    // The second comma lies beyond the 90-character limit, so the cut is at the first one.
    expect(title).toBe('The harbour authority announced on Tuesday…');
    expect(title.length).toBeLessThanOrEqual(90);
  });

  it('keeps markup in the title as literal text', () => {
    expect(deriveTitle('<b>Mayor</b> opens the <i>bridge</i>. More.', null)).toBe(
      '<b>Mayor</b> opens the <i>bridge</i>',
    );
  });

  it('does not strip a dateline that is not at the start', () => {
    expect(deriveTitle('The mayor of PARIS spoke. More.', 'PARIS')).toBe('The mayor of PARIS spoke');
  });

  // Regression (bug found by this test, fixed in 46e6869): the first-sentence rule stops at the first ". " before a capital, so a title-abbreviation
  // ("Mr.", "Dr.", "St.") at the start makes the whole title that abbreviation.
  it('does not shorten the title to an abbreviation like "Mr." at the start of the sentence', () => {
    expect(deriveTitle('Mr. Brandt opened the new bridge on Sunday. Crowds came.', null)).toContain('Brandt');
  });

  it('drops the spaces, commas, brackets and dashes a long title is cut before', () => {
    const words = 'The harbour board voted on Tuesday to close the old ferry pier for repairs until spring';
    for (const tail of [' – (', ', ', ' —\u00a0', ';: -', '(']) {
      const opening = `${words.slice(0, 80)}${tail}${'x'.repeat(40)} more words follow here.`;
      const title = deriveTitle(opening, null);
      expect(title.endsWith('…')).toBe(true);
      expect(/[\s,;:(–—-]…$/.test(title), title).toBe(false);
    }
  });
});

describe('repeatsHeadline against the normal forms it compared', () => {
  const normalForm = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/[\s.!?:;,…]+$/u, '')
      .trim()
      .toLowerCase();
  const byNormalForms = (paragraph: string, headline: string) =>
    normalForm(headline) !== '' && normalForm(paragraph) === normalForm(headline);
  it('gives the same answer on 30,000 generated pairs', () => {
    const pieces = [
      'Ferry',
      'ferry',
      'FERRY',
      'fares',
      'Fares',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '.',
      '!',
      '…',
      ',',
      ':',
      'İ',
      'i̇',
      'Σ',
      'σ',
      'ς',
      '“',
      '”',
      'x',
      '',
      'again',
    ];
    let seed = 9;
    const pick = () => pieces[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length]!;
    let same = 0;
    for (let n = 0; n < 30_000; n++) {
      let headline = '';
      for (let k = 0; k < n % 6; k++) headline += pick();
      // Half the paragraphs are the headline again with a change or two, half are anything.
      let paragraph = n % 2 ? headline.replace(/ /g, () => pick()) + (n % 4 === 1 ? pick() : '') : '';
      if (!(n % 2)) for (let k = 0; k < n % 7; k++) paragraph += pick();
      const expected = byNormalForms(paragraph, headline);
      if (expected) same++;
      expect(repeatsHeadline(paragraph, headline), JSON.stringify([paragraph, headline])).toBe(expected);
    }
    expect(same).toBeGreaterThan(1500);
  });
});
