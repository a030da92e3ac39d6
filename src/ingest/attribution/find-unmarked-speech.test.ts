import { describe, expect, it } from 'vitest';
import { CIRCLE_CUES, CUE_NOUNS, findUnmarkedSpeech } from './find-unmarked-speech';
import { splitSentences, type Range } from '../text/sentences';
import type { SpeechItem } from './speech-item';

/** Runs the pass over paragraphs (blocks 0, 1, …) and shows each item as a caller sees it. */
function unmarked(paragraphs: string[], existing: SpeechItem[] = [], taken = new Map<number, Range[]>()) {
  const blocks = paragraphs.map((text, block) => ({ block, text }));
  const items = findUnmarkedSpeech(blocks, (b) => splitSentences(paragraphs[b]!), taken, existing);
  return items.map((it) => ({
    kind: it.kind,
    words: it.spans.map((s) => paragraphs[s.block]!.slice(s.start, s.end)).join(' / '),
    speaker: it.speakerPhrase,
    cataphora: it.cataphora,
    parent: it.parent ? (items.includes(it.parent) ? items.indexOf(it.parent) : 'existing') : null,
  }));
}

/** An item as the sentence pass makes it for "…, he said.": the words, then the cue after them. */
function closedItem(text: string, words: string, cue: string, phrase: string): SpeechItem {
  const start = text.indexOf(words);
  const at = text.indexOf(cue);
  return {
    kind: 'unmarked',
    spans: [{ block: 0, start, end: start + words.length }],
    cue: { text: cue, span: { block: 0, start: at, end: at + cue.length } },
    speakerPhrase: phrase,
    phraseAt: { block: 0, offset: at },
    cataphora: null,
    parent: null,
    speaker: null,
  };
}

describe('findUnmarkedSpeech: speech closed by a cue', () => {
  it('runs back from ", she said in …, …" to the last narration sentence, and takes the name the next sentence gives', () => {
    const text =
      'The council sat until midnight. Nobody has lost tonight. The road will be built, she said in the town hall, tired but smiling. Ada Brink, who chairs the council, left soon after.';
    expect(unmarked([text])).toEqual([
      {
        kind: 'unmarked',
        words: 'Nobody has lost tonight. The road will be built',
        speaker: 'she',
        cataphora: 'Ada Brink',
        parent: null,
      },
    ]);
  });

  it('reads an inverted cue with an aside after it: "…, said the presiding judge, reading from her notes."', () => {
    const text =
      'The hearing lasted an hour. Water is not a luxury. It is a right, said the presiding judge, reading from her notes.';
    expect(unmarked([text])).toEqual([
      {
        kind: 'unmarked',
        words: 'Water is not a luxury. It is a right',
        speaker: 'the presiding judge',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('keeps the name in apposition to a role after an inverted cue: "…, said the head of the union, Ida Lang, leaving the hall."', () => {
    expect(
      unmarked([
        'This contract is a gift to the owners, nothing more, said the head of the union, Ida Lang, leaving the hall.',
      ])[0],
    ).toMatchObject({
      words: 'This contract is a gift to the owners, nothing more',
      speaker: 'the head of the union, Ida Lang',
    });
  });

  it('reads a question closed by a cue of its own: "… our school? Vos asked." and "…? asked a reporter …"', () => {
    expect(unmarked(['The hall fell silent. So you want to close our school? Vos asked.'])).toEqual([
      { kind: 'unmarked', words: 'So you want to close our school?', speaker: 'Vos', cataphora: null, parent: null },
    ]);
    expect(unmarked(['Will the bridge reopen before winter? asked a reporter from the local radio.'])[0]).toMatchObject(
      {
        words: 'Will the bridge reopen before winter?',
        speaker: 'a reporter from the local radio',
      },
    );
  });

  it('keeps a cue that takes who was told: ", he told the local television before the vote."', () => {
    expect(
      unmarked(['The valley must decide what it wants to be, he told the local television before the vote.'])[0],
    ).toMatchObject({
      kind: 'unmarked',
      words: 'The valley must decide what it wants to be',
      speaker: 'he',
    });
  });

  it('gives "…, says one of them" to the group whose words the sentence before reported', () => {
    const text =
      'Two members of the board, speaking on condition of anonymity, say that the chair will go. A board without a chair is not a scandal, says one of them.';
    const reported = closedItem(text, 'the chair will go', 'Two members of the board', 'Two members of the board');
    reported.cue!.span = { block: 0, start: 0, end: text.indexOf('the chair') };
    expect(unmarked([text], [reported])).toEqual([
      {
        kind: 'unmarked',
        words: 'A board without a chair is not a scandal',
        speaker: null,
        cataphora: null,
        parent: 'existing',
      },
    ]);
  });

  it('names the speaker from a noun of speech opening the next sentence: "Words of the deputy mayor Lena Moritz, …"', () => {
    const text = 'Who builds a road builds a future. Words of the deputy mayor Lena Moritz, who opened the works.';
    expect(unmarked([text])).toEqual([
      {
        kind: 'unmarked',
        words: 'Who builds a road builds a future.',
        speaker: 'Lena Moritz',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('reads speech after a colon to where narration resumes: "… he offered only a short answer: …"', () => {
    expect(
      unmarked([
        'Outside the court he offered only a short answer, in Dutch: Het is voorbij. Wij gaan door. The judge left by a side door.',
      ]),
    ).toEqual([
      { kind: 'unmarked', words: 'Het is voorbij. Wij gaan door.', speaker: 'he', cataphora: null, parent: null },
    ]);
    expect(unmarked(['He set out his plans at the conference: jobs, housing and schools.'])).toEqual([]);
  });

  it('reads "The words of the mayor were clear." as a sentence about words, not a cue', () => {
    expect(unmarked(['The plan is simple. The words of the mayor were clear.'])).toEqual([]);
  });

  it('widens an item of the sentence pass back over the speech before it', () => {
    const text =
      'The mayor came out at noon. We will not raise taxes. The budget holds, he said. Tom Rye, who heads the treasury, agreed.';
    const existing = closedItem(text, 'The budget holds', 'he said', 'he');
    expect(unmarked([text], [existing])).toEqual([]);
    expect(text.slice(existing.spans[0]!.start, existing.spans[0]!.end)).toBe(
      'We will not raise taxes. The budget holds',
    );
    expect(existing.cataphora).toBe('Tom Rye');
  });

  it('reads past-tense narration before a reporting verb as reported speech, the present as the words', () => {
    expect(
      unmarked(['Prices rose by a third over the winter, the regional report said in its summary.'])[0],
    ).toMatchObject({ kind: 'reported', speaker: 'the regional report' });
    expect(unmarked(['The law is clear and nobody is above it, the judge said in her ruling.'])[0]).toMatchObject({
      kind: 'unmarked',
      speaker: 'the judge',
    });
  });

  it('hangs a widened "…, says one of them" on the group the sentence before reported', () => {
    const text =
      'Two members of the board say that the chair will go. A board without a chair is no scandal. A board that pretends is one, says one of them.';
    const group = closedItem(
      text,
      'the chair will go',
      'Two members of the board say that',
      'Two members of the board',
    );
    group.cue!.span = { block: 0, start: 0, end: text.indexOf('the chair') };
    const one = closedItem(text, 'A board that pretends is one', 'says one of them', 'one of them');
    expect(unmarked([text], [group, one])).toEqual([]);
    expect(text.slice(one.spans[0]!.start, one.spans[0]!.end)).toBe(
      'A board without a chair is no scandal. A board that pretends is one',
    );
    expect(one.parent).toBe(group);
  });

  it('does not run back over the narrator\'s facts: "The plant is the town\'s largest employer. Jobs are at stake, the mayor said."', () => {
    expect(
      unmarked([
        'The plant is the town’s largest employer. Jobs are at stake, the mayor said in the council chamber.',
      ])[0],
    ).toMatchObject({ words: 'Jobs are at stake' });
    expect(
      unmarked(['The vote is expected on Friday. The law is clear, the mayor said in the council chamber.'])[0],
    ).toMatchObject({ words: 'The law is clear' });
    expect(
      unmarked([
        'The hearing ended at noon. It’s not a crime to be poor. It is a scandal, the judge said in her ruling.',
      ])[0],
    ).toMatchObject({ words: 'It’s not a crime to be poor. It is a scandal' });
  });

  it('reads "…, he said nothing." and "…, he told reporters the plan would pass." as no cue of speech', () => {
    expect(unmarked(['When the result came in, he said nothing.'])).toEqual([]);
    expect(unmarked(['After the long vote in the chamber, he told reporters the plan would pass.'])).toEqual([]);
    expect(unmarked(['The team was tired, he said, the coach sent everyone home early.'])).toEqual([]);
    expect(unmarked(['The decision to close the plant, she said, was final.'])).toEqual([]);
  });
});

describe('findUnmarkedSpeech: first-person runs', () => {
  it('gives first-person sentences to the subject of the narration sentence before them, on into the next paragraph', () => {
    expect(
      unmarked([
        'The minister spoke briefly in front of the ministry, the collar of his coat raised against the rain. I have promised nothing I cannot keep. The budget is the budget.',
        'We will find the money, but not with new debt.',
        'He then left for the airport.',
      ]),
    ).toEqual([
      {
        kind: 'unmarked',
        words: 'I have promised nothing I cannot keep. The budget is the budget.',
        speaker: 'The minister',
        cataphora: null,
        parent: null,
      },
      {
        kind: 'unmarked',
        words: 'We will find the money, but not with new debt.',
        speaker: null,
        cataphora: null,
        parent: 0,
      },
    ]);
  });

  it('takes the speaker from "Asked whether …, the head of government answered at length."', () => {
    expect(
      unmarked([
        'Asked whether the port would close, the head of government answered at length. I have spent a week on that quay and I know its workers.',
      ])[0],
    ).toMatchObject({
      words: 'I have spent a week on that quay and I know its workers.',
      speaker: 'the head of government',
    });
  });

  it('leaves a column or an editorial in the first person alone', () => {
    expect(
      unmarked([
        'I have lived in this town for thirty years. My neighbours still wave when I pass.',
        'The mayor spoke at the fair on Sunday. We deserve better than her promises.',
      ]),
    ).toEqual([]);
  });

  it('reads a column by its opening sentence even when that sentence quotes someone', () => {
    const text = 'Last spring, in this column, I called the tram plan "a toy for planners". I was wrong.';
    const quoted = new Map([[0, [{ start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 }]]]);
    expect(unmarked([text, 'The mayor spoke on Friday. I am glad the council ignored me.'], [], quoted)).toEqual([]);
  });

  it('leaves a reporter\'s "We found her …" alone', () => {
    expect(
      unmarked([
        'The rain stopped at dawn.',
        'Mayor Ines Varga has been awake since Friday. We met her at the depot, a phone in each hand.',
      ]),
    ).toEqual([]);
  });

  it('leaves a writer\'s "my visit" alone: a run needs "I", "we" or "you"', () => {
    expect(
      unmarked([
        'Oda Lunde runs the ferry with her son.',
        'On the last morning of my visit the two of them stand in the doorway.',
      ]),
    ).toEqual([]);
  });

  it('does not read "World War I" or "the US" as the first person', () => {
    expect(
      unmarked(['The historian spoke about the museum. It holds letters from World War I. The US sent most of them.']),
    ).toEqual([]);
  });

  it('needs the sentence before the run to speak of speaking: after "Jane Roe runs the bakery." the "I" may be the writer\'s', () => {
    expect(unmarked(['Jane Roe runs the bakery on the square. I have bought my bread there for years.'])).toEqual([]);
  });

  it('gives no run to a speaker when the writer speaks in the first person elsewhere (an editorial\'s "we")', () => {
    expect(
      unmarked([
        'The council voted on Tuesday to close the library, the clerk announced.',
        'The mayor spoke after the vote. We will reopen it when the money is there.',
        'The reading room closes in May.',
        'We think the vote was a mistake. We urge the council to think again.',
      ]),
    ).toEqual([]);
  });

  it('leaves present-tense narration alone', () => {
    expect(unmarked(['The plant employs 300 people. It is the largest employer in the valley.'])).toEqual([]);
  });
});

describe('findUnmarkedSpeech: unnamed circles', () => {
  it('gives speech to the circle the paragraph names, or to the one named before ("his surroundings")', () => {
    expect(
      unmarked(['In the entourage of the governor, the mood is calm. We have the time, they do not, it is confided.']),
    ).toEqual([
      {
        kind: 'unmarked',
        words: 'We have the time, they do not',
        speaker: 'the entourage of the governor',
        cataphora: null,
        parent: null,
      },
    ]);
    expect(
      unmarked([
        'According to people close to the mayor, the vote is lost. He has made his choice. Now the others must make theirs, one hears in his surroundings.',
      ]),
    ).toEqual([
      {
        kind: 'unmarked',
        words: 'Now the others must make theirs',
        speaker: 'people close to the mayor',
        cataphora: null,
        parent: null,
      },
    ]);
  });

  it('holds an example for every circle cue, and the example is read', () => {
    for (const rule of CIRCLE_CUES) expect(rule.pattern.test(rule.example), rule.example).toBe(true);
    expect(
      unmarked(['Nobody will resign before the summer, is heard in the corridors of the ministry.'])[0],
    ).toMatchObject({
      words: 'Nobody will resign before the summer',
      speaker: 'the corridors of the ministry',
    });
  });

  it('knows the nouns of speech that name a speaker after the words', () => {
    expect(CUE_NOUNS).toContain('words');
    expect(
      unmarked(['The budget will pass. Such was the verdict of the finance minister Oskar Lind.'])[0],
    ).toMatchObject({ speaker: 'Oskar Lind' });
  });
});
