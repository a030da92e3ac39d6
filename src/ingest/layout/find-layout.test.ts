import { describe, expect, it } from 'vitest';
import { datelineOf, findLayout, type Layout } from './find-layout';

const STANDFIRST = 'Dock workers walked out at dawn on Monday, halting the ferries to the outer islands.';
const BODY_1 = 'LISBON – The strike was called after talks on night-shift pay broke down.';
const BODY_2 = 'The port company said it regretted the stoppage.';
const sf = (text: string) => ({ role: 'standfirst', text });
const body = (text: string) => ({ role: 'body', text });
const bodyOf = (layout: Layout) => layout.paragraphs.flatMap((p) => (p.role === 'body' ? [p.text] : []));

describe('datelineOf', () => {
  it.each([
    ['PARIS – The meeting began.', 'PARIS'],
    ['NEW YORK - The fair opened.', 'NEW YORK'],
    ['BERLIN — The vote followed.', 'BERLIN'],
    ['RIO DE JANEIRO — Crowds gathered.', 'RIO DE JANEIRO'],
    ['ST. GALLEN – Snow fell.', 'ST. GALLEN'],
    ["L'AQUILA - The bells rang.", "L'AQUILA"],
    ['WASHINGTON, Feb. 7 – Talks resumed.', 'WASHINGTON'],
    ['KYIV -- Sirens sounded.', 'KYIV'],
    ['LONDON (Reuters) -The fund spoke.', 'LONDON'],
    ['OTTAWA, Jan. 5 (AP) — Talks resumed.', 'OTTAWA'],
    ['NEW DELHI (PTI) - The vote was close.', 'NEW DELHI'],
  ])('finds the dateline of %j', (paragraph, place) => {
    expect(datelineOf(paragraph)).toBe(place);
  });

  it.each([
    ['an ordinary sentence', 'The mayor spoke first – and at length.'],
    ['a dash without spaces', 'PARIS–Roubaix is a cycling race.'],
    ['a lower-case start', 'paris – the meeting began.'],
    ['an upper-case word too short to be a place', 'UN – the assembly met.'],
    ['a dash with nothing after it', 'PARIS –'],
    ['a place in mixed case', 'Paris – The meeting began.'],
  ])('finds no dateline in %s', (_name, paragraph) => {
    expect(datelineOf(paragraph)).toBeNull();
  });
});

describe('findLayout', () => {
  it('finds the standfirst, the correspondent note and the dateline', () => {
    expect(findLayout([STANDFIRST, 'from our correspondent', BODY_1, BODY_2], false)).toEqual({
      title: null,
      standfirst: [STANDFIRST],
      correspondentNote: 'from our correspondent',
      dateline: 'LISBON',
      paragraphs: [sf(STANDFIRST), body(BODY_1), body(BODY_2)],
    });
  });

  it.each([
    'from our correspondent',
    'From our own correspondent',
    '(from our special envoy)',
    'from our Rome bureau',
    'from our staff.',
  ])('recognises the note %j', (note) => {
    expect(findLayout([STANDFIRST, note, BODY_1], false).correspondentNote).toBe(note);
  });

  it('takes a paragraph before the dateline paragraph as the standfirst even without a note', () => {
    expect(findLayout([STANDFIRST, BODY_1, BODY_2], true)).toEqual({
      title: null,
      standfirst: [STANDFIRST],
      correspondentNote: null,
      dateline: 'LISBON',
      paragraphs: [sf(STANDFIRST), body(BODY_1), body(BODY_2)],
    });
  });

  it('finds the dateline in the first paragraph when there is no standfirst', () => {
    expect(findLayout([BODY_1, BODY_2], true)).toEqual({
      title: null,
      standfirst: [],
      correspondentNote: null,
      dateline: 'LISBON',
      paragraphs: [body(BODY_1), body(BODY_2)],
    });
  });

  it('leaves everything in the body when there is no dateline and no note', () => {
    const paragraphs = ['The ferry left late again on Tuesday.', BODY_2];
    expect(findLayout(paragraphs, true)).toEqual({
      title: null,
      standfirst: [],
      correspondentNote: null,
      dateline: null,
      paragraphs: paragraphs.map(body),
    });
  });

  it('does not look for a dateline deep in the body', () => {
    const paragraphs = [
      'The ferry left late.',
      'Nobody complained.',
      'PARIS – A later paragraph that happens to start like a dateline.',
    ];
    expect(findLayout(paragraphs, true).dateline).toBeNull();
    expect(bodyOf(findLayout(paragraphs, true))).toEqual(paragraphs);
  });

  it('takes a short first line without final punctuation as the title when there is no header text', () => {
    const layout = findLayout(['Apple growers crowd the piers', BODY_1.replace('LISBON', 'NEW YORK'), BODY_2], false);
    expect(layout.title).toBe('Apple growers crowd the piers');
    expect(layout.dateline).toBe('NEW YORK');
    expect(bodyOf(layout)).toHaveLength(2);
  });

  it('takes no dateline alone on its line as the title ("NEW YORK (CNNMoney)")', () => {
    const layout = findLayout(['HARBOURTON (Coast Wire)', BODY_1, BODY_2], false);
    expect(layout.title).toBeNull();
  });

  it('takes a title line, then the standfirst, note and dateline', () => {
    const layout = findLayout(
      ['Ferries halted as dock workers strike', STANDFIRST, 'from our correspondent', BODY_1],
      false,
    );
    expect(layout).toEqual({
      title: 'Ferries halted as dock workers strike',
      standfirst: [STANDFIRST],
      correspondentNote: 'from our correspondent',
      dateline: 'LISBON',
      paragraphs: [sf(STANDFIRST), body(BODY_1)],
    });
  });

  it('takes no title when the header line already carried body text', () => {
    const layout = findLayout(['Apple growers crowd the piers', BODY_2], true);
    expect(layout.title).toBeNull();
    expect(bodyOf(layout)).toEqual(['Apple growers crowd the piers', BODY_2]);
  });

  it.each([
    ['a sentence ending in a full stop', 'The ferry left late again on Tuesday.'],
    ['a single word', 'Ferries'],
    ['a tweet embed', 'Cranes still pic.twitter.com/Ab12Cd – Ines (@ines_a) March 11, 2024'],
    ['a dateline paragraph', 'LISBON – Cranes still'],
    ['a correspondent note', 'from our correspondent'],
  ])('takes no title from %s', (_name, first) => {
    expect(findLayout([first, BODY_2], false).title).toBeNull();
  });

  it('never takes the only paragraph as a title', () => {
    const layout = findLayout(['Apple growers crowd the piers'], false);
    expect(layout.title).toBeNull();
    expect(bodyOf(layout)).toEqual(['Apple growers crowd the piers']);
  });

  it('never loses a paragraph: title, standfirst, note and body together are the input', () => {
    const paragraphs = ['Ferries halted as dock workers strike', STANDFIRST, 'from our correspondent', BODY_1, BODY_2];
    const layout = findLayout(paragraphs, false);
    const back = [layout.title, ...layout.standfirst, layout.correspondentNote, ...bodyOf(layout)].filter(
      (p) => p !== null,
    );
    expect(back).toEqual(paragraphs);
  });
});

describe('findLayout with page furniture', () => {
  const HEADLINE = 'Ferries halted as dock workers strike';
  const CAPTION = 'Dock workers picket the ferry terminal in Lisbon on Monday. (Ines Duarte/Harbour Courier)';

  it('keeps furniture in its place, marked with its kind', () => {
    const layout = findLayout(
      [
        HEADLINE,
        'By Ines Duarte, Harbour Courier',
        STANDFIRST,
        BODY_1,
        CAPTION,
        'Story continues below advertisement',
        BODY_2,
      ],
      false,
    );
    expect(layout.title).toBe(HEADLINE);
    expect(layout.paragraphs).toEqual([
      { role: 'furniture', kind: 'byline', text: 'By Ines Duarte, Harbour Courier' },
      sf(STANDFIRST),
      body(BODY_1),
      { role: 'furniture', kind: 'caption', text: CAPTION },
      { role: 'furniture', kind: 'navigation', text: 'Story continues below advertisement' },
      body(BODY_2),
    ]);
  });

  it('looks for the standfirst and the dateline among the story paragraphs only', () => {
    const layout = findLayout([HEADLINE, STANDFIRST, 'HCR News', 'Social Sharing', BODY_1, BODY_2], false);
    expect(layout.dateline).toBe('LISBON');
    expect(layout.standfirst).toEqual([STANDFIRST]);
  });

  it('takes the headline after leading furniture as the title', () => {
    expect(findLayout(['Advertisement', 'Share on Facebook', HEADLINE, BODY_2], false).title).toBe(HEADLINE);
    expect(findLayout(['World · Europe', HEADLINE, BODY_2], false).title).toBe(HEADLINE);
  });

  it('takes a kicker in capitals above the headline as a label, but an all-capitals headline as the title', () => {
    const layout = findLayout(['HARBOUR WATCH', HEADLINE, BODY_2, 'The ferries will run again on Friday.'], false);
    expect(layout.title).toBe(HEADLINE);
    expect(layout.paragraphs[0]).toEqual({ role: 'furniture', kind: 'navigation', text: 'HARBOUR WATCH' });
    const caps = 'FERRY STRIKE ENDS';
    expect(findLayout([caps, BODY_2, 'The ferries will run again on Friday.'], false).title).toBe(caps);
  });

  it.each([
    ['a byline', 'By Ines Duarte'],
    ['a caption', CAPTION],
    ['a credit', 'Ines Duarte/Harbour Courier'],
    ['an agency line', 'Reuters'],
  ])('never takes %s as the title', (_name, first) => {
    const layout = findLayout([first, BODY_2, 'The ferries will run again on Friday.'], false);
    expect(layout.title).toBeNull();
    expect(layout.paragraphs[0]).toMatchObject({ role: 'furniture', text: first });
  });

  it.each([
    ['a question', 'Who will pay for the new ferry terminal?'],
    ['a closing quotation mark after a word', 'Port chief warns of “very difficult 48 hours”'],
  ])('takes a headline ending in %s', (_name, headline) => {
    expect(findLayout([headline, BODY_2], false).title).toBe(headline);
  });

  it.each([
    ['a quotation', '“We will not go back,” the union said.”'],
    ['a quoted sentence that ends inside its marks', 'The mayor called the plan “a disgrace.”'],
    ['two sentences', 'Ferries halted. Who pays?'],
  ])('takes no headline from %s', (_name, first) => {
    expect(findLayout([first, BODY_2], false).title).toBeNull();
  });
});
