import { describe, expect, it } from 'vitest';
import { parseHeader } from './parse-header';

describe('parseHeader: a header with date and author', () => {
  it('takes the date and the author, and returns the rest as body', () => {
    const header = parseHeader(' date 2024-03-12 from Marisol Quintana\n\nDock workers walked out.');
    expect(header).toEqual({
      date: '2024-03-12',
      author: 'Marisol Quintana',
      rest: '',
      body: '\nDock workers walked out.',
      warnings: [],
    });
  });

  it('accepts the header without the leading space, with "Date:" and with "by"', () => {
    expect(parseHeader('date 2024-03-12 from Rui Faria\nBody.')).toMatchObject({
      date: '2024-03-12',
      author: 'Rui Faria',
      body: 'Body.',
    });
    expect(parseHeader('Date: 2024-03-12 by Rui Faria\nBody.')).toMatchObject({
      date: '2024-03-12',
      author: 'Rui Faria',
    });
  });

  it('keeps accented and hyphenated author names whole', () => {
    expect(parseHeader(' date 2022-09-20 from Élodie Marchetti-Núñez\n\nText.').author).toBe('Élodie Marchetti-Núñez');
  });

  it('pads a one-digit month or day', () => {
    expect(parseHeader(' date 2023-6-1 from Tobias Lind\n\nText.').date).toBe('2023-06-01');
  });

  it('has no author and no rest when the header is the date alone', () => {
    expect(parseHeader(' date 2024-03-12\n\nText.')).toMatchObject({
      date: '2024-03-12',
      author: null,
      rest: '',
      body: '\nText.',
    });
  });

  it('handles a file that is only the header line', () => {
    expect(parseHeader(' date 2024-03-12 from Rui Faria')).toMatchObject({
      date: '2024-03-12',
      author: 'Rui Faria',
      body: '',
    });
  });
});

describe('parseHeader: impossible or malformed dates', () => {
  it('sets an impossible date (2021-02-29) to null with a warning naming it, and still takes the author', () => {
    const header = parseHeader(' date 2021-02-29 from Lotte Brandsma\n\nThe body survives.');
    expect(header.date).toBeNull();
    expect(header.author).toBe('Lotte Brandsma');
    expect(header.body).toBe('\nThe body survives.');
    expect(header.warnings).toHaveLength(1);
    expect(header.warnings[0]?.code).toBe('bad-date');
    expect(header.warnings[0]?.message).toContain('2021-02-29');
  });

  it('never rolls 2022-02-30 over to March', () => {
    const header = parseHeader(' date 2022-02-30 from Lotte Brandsma\n\nText.');
    expect(header.date).toBeNull();
    expect(header.warnings[0]?.message).toContain('2022-02-30');
  });

  it('warns about a date that is not in YYYY-MM-DD form', () => {
    const header = parseHeader(' date 12/03/2024 from Lotte Brandsma\n\nText.');
    expect(header.date).toBeNull();
    expect(header.author).toBe('Lotte Brandsma');
    expect(header.warnings[0]?.message).toContain('12/03/2024');
  });
});

describe('parseHeader: no header', () => {
  it('returns the text unchanged as body when the first line is not a header', () => {
    const text = 'The ferry left late again.\n\nNobody was surprised.';
    expect(parseHeader(text)).toEqual({ date: null, author: null, rest: '', body: text, warnings: [] });
  });

  it('does not treat the word "date" inside a sentence as a header', () => {
    const text = 'A new date 2024-05-01 was set for the vote.\n\nMore.';
    expect(parseHeader(text).body).toBe(text);
    expect(parseHeader(text).date).toBeNull();
  });

  // Regression (bug found by this test, fixed in 46e6869): a body whose first line starts with the word "Date" (or "date") followed by a space is taken for a
  // header; its second word is taken as the "date" and both words vanish from the body.
  it('does not take a first line that starts with the word "Date" for a header (the words must not vanish)', () => {
    const text = 'Date palms now line the avenue in Oranmore.\n\nThe council planted forty of them.';
    const header = parseHeader(text);
    expect(header.warnings).toEqual([]);
    expect(`${header.rest}\n${header.body}`).toContain('Date palms now line the avenue');
  });
});

describe('parseHeader: a first line that starts with "Date" and a number', () => {
  it.each([
    'Date 3 of the strike: buses stay in depots',
    'Date 12 brought no deal.',
    'DATE 2024 is when the bridge opens',
    'date 3-4 nights a week, the survey says',
  ])('keeps "%s" as body text, not a header', (first) => {
    const text = `${first}\n\nThe unions met again on Monday.`;
    expect(parseHeader(text)).toEqual({ date: null, author: null, rest: '', body: text, warnings: [] });
  });

  it('still reads the real header forms', () => {
    expect(parseHeader('Date: 2024-03-01 by Ana Roy\nText.')).toMatchObject({ date: '2024-03-01', author: 'Ana Roy' });
    expect(parseHeader(' date 1.3.2024 from Ana Roy\nText.')).toMatchObject({ date: null, author: 'Ana Roy' });
  });
});

describe('parseHeader: body text on the header line', () => {
  it('returns the text after the date as rest when there is no "from"', () => {
    const header = parseHeader(' date 2023-11-02 The council of Ebersfeld voted on Wednesday.\n\nBERLIN — More.');
    expect(header).toMatchObject({
      date: '2023-11-02',
      author: null,
      rest: 'The council of Ebersfeld voted on Wednesday.',
      body: '\nBERLIN — More.',
      warnings: [],
    });
  });

  it('does not take "from our correspondent" as an author name', () => {
    const header = parseHeader(' date 2023-11-02 from our correspondent\n\nText.');
    expect(header.author).toBeNull();
    expect(header.rest).toBe('from our correspondent');
  });

  it('does not take a sentence starting with "From" as an author name', () => {
    const header = parseHeader(' date 2023-11-02 From the harbour wall, the view was grim.\n\nText.');
    expect(header.author).toBeNull();
    expect(header.rest).toBe('From the harbour wall, the view was grim.');
  });

  it('keeps markup in the rest literally', () => {
    const header = parseHeader(' date 2023-11-02 <script>alert(1)</script> opened the meeting.\nText.');
    expect(header.rest).toBe('<script>alert(1)</script> opened the meeting.');
  });
});

describe('parseHeader: the date forms against the ISO pattern', () => {
  it('reads YYYY-M-D as ISO and every other run of digits as not (with its warning)', () => {
    for (const a of ['1', '12', '123', '2024'])
      for (const b of ['1', '03'])
        for (const c of ['1', '05', '123', '2024'])
          for (const sep of ['-', '/', '.']) {
            const raw = `${a}${sep}${b}${sep}${c}`;
            const header = parseHeader(` date ${raw} from Ana Roy\nText.`);
            const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(raw);
            expect(
              header.warnings.some((w) => w.message.includes('YYYY-MM-DD')),
              raw,
            ).toBe(!iso);
          }
  });
});
