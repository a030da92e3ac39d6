import { describe, expect, it } from 'vitest';
import type { Range } from '../text/sentences';
import { findSentenceSpeech } from './find-sentence-speech';

/** What a caller sees of each item: its kind, the words it covers, who says it, and its parent's index. */
function speech(text: string, quoted: Range[] = [], block = 3) {
  const items = findSentenceSpeech(block, text, quoted);
  for (const it of items) for (const s of it.spans) expect(s.block).toBe(block);
  return items.map((it) => ({
    kind: it.kind,
    words: it.spans.map((s) => text.slice(s.start, s.end)),
    speaker: it.speakerPhrase,
    cataphora: it.cataphora,
    parent: it.parent ? items.indexOf(it.parent) : null,
  }));
}

describe('findSentenceSpeech', () => {
  it('reads "X replied that …" as reported speech, and a first-person sentence after it as its unmarked continuation', () => {
    const text = 'Halima Nour replied that the figures had been checked twice. We stand by every number.';
    expect(speech(text)).toEqual([
      {
        kind: 'reported',
        words: ['the figures had been checked twice'],
        speaker: 'Halima Nour',
        cataphora: null,
        parent: null,
      },
      { kind: 'unmarked', words: ['We stand by every number.'], speaker: null, cataphora: null, parent: 0 },
    ]);
    const cue = findSentenceSpeech(0, text, [])[0]?.cue;
    expect(cue?.text).toBe('Halima Nour replied that');
  });

  it('reads "X wrote on Twitter: Let us …" as unmarked speech by X', () => {
    expect(speech('Halima Nour wrote on Twitter: Let us rebuild the library together.')).toEqual([
      {
        kind: 'unmarked',
        words: ['Let us rebuild the library together.'],
        speaker: 'Halima Nour',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('takes the name from the next sentence for "…, he said. Name, who …" (cataphora)', () => {
    const items = speech(
      'The trains will run again by June, he said. Piet Vos, who chairs the rail board, sounded confident.',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      words: ['The trains will run again by June'],
      speaker: 'he',
      cataphora: 'Piet Vos',
    });
  });

  it('reads "according to X, …" and "…, according to X." as reported speech by X', () => {
    expect(speech('According to the fire brigade, the blaze started in the bakery.')).toEqual([
      {
        kind: 'reported',
        words: ['the blaze started in the bakery.'],
        speaker: 'the fire brigade',
        cataphora: null,
        parent: null,
      },
    ]);
    expect(speech('The bakery had been shut all week, according to Ann Lee.')).toEqual([
      {
        kind: 'reported',
        words: ['The bakery had been shut all week'],
        speaker: 'Ann Lee',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('splits "We will win, she said, we are ready." into two unmarked items, the second continuing the first', () => {
    expect(speech('We will win, she said, we are ready.')).toEqual([
      { kind: 'unmarked', words: ['We will win'], speaker: 'she', cataphora: null, parent: null },
      { kind: 'unmarked', words: ['we are ready.'], speaker: null, cataphora: null, parent: 0 },
    ]);
  });

  it('finds nothing in plain narration', () => {
    expect(speech('The ferry left the harbour at dawn and reached the island by noon.')).toEqual([]);
    expect(speech('Rain fell on the valley for three days. The river rose.')).toEqual([]);
  });

  it('reads a sentence around a short quotation inside it, and leaves a stretch that opens with a quotation to the quote', () => {
    const text = 'Prices will rise, she said, we cannot stop “the market” alone. The crowd went home.';
    expect(speech(text).map((it) => it.words[0])).toEqual(['Prices will rise', 'we cannot stop “the market” alone.']);
    const quoted = [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }];
    expect(speech(text, quoted).map((it) => it.words[0])).toEqual([
      'Prices will rise',
      'we cannot stop “the market” alone.',
    ]);
    const opening = '“We will win,” she said, “we are ready.”';
    const marks = [
      { start: 0, end: opening.indexOf('”') + 1 },
      { start: opening.lastIndexOf('“'), end: opening.length },
    ];
    expect(speech(opening, marks)).toEqual([]);
  });
});

describe('findSentenceSpeech: recent shapes of speech', () => {
  const quoteIn = (text: string): Range[] => [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }];

  it('reads bare reported speech without "that": "She said the bill did nothing for the valley."', () => {
    expect(speech('Councillor Maja Lind left early. She said the bill did nothing for the valley.')).toEqual([
      {
        kind: 'reported',
        words: ['the bill did nothing for the valley'],
        speaker: 'She',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('reads ", adding that …" after a quote as reported speech', () => {
    const text = '“We will appeal,” he said, adding that the ruling ignored the evidence.';
    const items = speech(text, quoteIn(text));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'reported', words: ['the ruling ignored the evidence'] });
  });

  it('keeps a reported "that" clause whole around a short partial quote inside it', () => {
    const text = 'He wrote that the scheme had been “badly run from the start” and that the board should resign.';
    const items = speech(text, quoteIn(text));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'reported', speaker: 'He' });
    expect(items[0]?.words[0]).toContain('“badly run from the start”');
    expect(items[0]?.words[0]).toMatch(/^the scheme had been/);
  });

  it('runs speech after a colon cue to the end of the paragraph', () => {
    expect(speech('Mayor Lina Ortiz wrote on Twitter: Promise kept. The pool is open again.')).toEqual([
      {
        kind: 'unmarked',
        words: ['Promise kept. The pool is open again.'],
        speaker: 'Mayor Lina Ortiz',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('stops colon speech before a sentence that brings its own cue ("According to the council, …")', () => {
    const items = speech(
      'Mayor Lina Ortiz wrote on Twitter: Promise kept. According to the council, the repairs cost twice the estimate.',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ words: ['Promise kept.'], speaker: 'Mayor Lina Ortiz' });
    expect(items[1]).toMatchObject({
      kind: 'reported',
      words: ['the repairs cost twice the estimate.'],
      speaker: 'the council',
      parent: null,
    });
  });

  it('takes the cataphora from "Name, 67, a retired welder, …" after "…, he said."', () => {
    const items = speech(
      'The harbour will be dredged before winter, he said. Carl Jensen, 67, a retired welder, has fished here for decades.',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      words: ['The harbour will be dredged before winter'],
      speaker: 'he',
      cataphora: 'Carl Jensen',
    });
  });

  it('leaves a dateline out of the speech: "BERGEN — The ferry …, the operator confirmed."', () => {
    const items = speech('BERGEN — The ferry will run again next week, the operator confirmed.');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ words: ['The ferry will run again next week'], speaker: 'the operator' });
  });
});

describe('findSentenceSpeech: reported speech after a time phrase', () => {
  it('reads "X said on Tuesday the government would …" as reported speech by X', () => {
    const text =
      'The finance minister, Rhona Kell, said on Tuesday the government would not raise income tax this year.';
    const items = findSentenceSpeech(0, text, []);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('reported');
    expect(items[0]?.speakerPhrase).toBe('Rhona Kell');
    const span = items[0]!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe('the government would not raise income tax this year');
  });
});

describe('findSentenceSpeech: a contrasting next sentence', () => {
  it('takes no cataphora from a sentence that sets its subject against the speaker', () => {
    const text =
      'We have shown that the south can lead, she said. Molina, who had flown in from Madrid, was more cautious.';
    const items = findSentenceSpeech(0, text, []);
    expect(items[0]?.speakerPhrase).toBe('she');
    expect(items[0]?.cataphora).toBeNull();
  });
});
