import { describe, expect, it } from 'vitest';
import type { TextBlock } from './find-quoted-spans';
import { findInterviewTurns, withInterviewTurns } from './find-interview-turns';
import type { SpeechItem } from './speech-item';

const blocksOf = (...texts: string[]): TextBlock[] => texts.map((text, block) => ({ block, text }));

/** Each turn as "role|label|words". */
function turnsOf(...texts: string[]): string[] {
  const blocks = blocksOf(...texts);
  return findInterviewTurns(blocks).map(
    (t) => `${t.role}|${t.label?.text ?? ''}|${blocks[t.span.block]!.text.slice(t.span.start, t.span.end)}`,
  );
}

const dashInterview = [
  'Marta Keller has mended clocks in Lindau for forty years. Keller talked to us in her workshop.',
  'Why clocks?',
  '– My father had no sons, and I had steady hands. That is the whole story.',
  'Do you still enjoy it?',
  '– [laughs] On most days. The cuckoos are the worst.',
  'Nobody wants them any more, though. People buy them for their parents and never wind them.',
  'What happens to the shop when you retire?',
  '– My nephew takes it over in May.',
  'As I leave, Keller is already bent over the next clock.',
];

describe('findInterviewTurns', () => {
  it('reads a Q&A by dashes: questions, answers without the dash or stage direction, and a paragraph that goes on with an answer', () => {
    expect(turnsOf(...dashInterview)).toEqual([
      'question||Why clocks?',
      'answer||My father had no sons, and I had steady hands. That is the whole story.',
      'question||Do you still enjoy it?',
      'answer||On most days. The cuckoos are the worst.',
      'answer||Nobody wants them any more, though. People buy them for their parents and never wind them.',
      'question||What happens to the shop when you retire?',
      'answer||My nephew takes it over in May.',
    ]);
  });

  it('leaves dialogue in the European style alone: dashes after narration that asks nothing', () => {
    expect(
      turnsOf(
        'The ferry left late.',
        '– We stay here, said Ivo.',
        'His brother shrugged.',
        '– Then we stay too, he said.',
      ),
    ).toEqual([]);
  });

  it('reads "Q:" and "A:", and "Q." / "A." only when the questions use the full stop too', () => {
    expect(
      turnsOf(
        'Q: Was the harvest late?',
        'A: Three weeks late, and small.',
        'We lost the plums to frost.',
        'Q: And next year?',
        'A: We plant again.',
      ),
    ).toEqual([
      'question|Q|Was the harvest late?',
      'answer|A|Three weeks late, and small.',
      'answer||We lost the plums to frost.',
      'question|Q|And next year?',
      'answer|A|We plant again.',
    ]);
    // "A. Brandt" opening a paragraph is a name with an initial, not an answer.
    expect(turnsOf('Q: Who signed it?', 'A. Brandt signed the lease in 1998.')).toEqual([]);
  });

  it('reads a transcript by speakers’ labels, a label going on over the paragraphs that follow it', () => {
    expect(
      turnsOf(
        'The hearing, as transcribed by the clerk:',
        'CHAIR: Please state your name.',
        'OKAFOR: Daniel Okafor.',
        'CHAIR: Were you on the quay that night?',
        'OKAFOR: I was. I saw the crane fall.',
        'It came down on the second shed.',
        'CHAIR: Thank you.',
      ),
    ).toEqual([
      'turn|CHAIR|Please state your name.',
      'turn|OKAFOR|Daniel Okafor.',
      'turn|CHAIR|Were you on the quay that night?',
      'turn|OKAFOR|I was. I saw the crane fall.',
      'turn|OKAFOR|It came down on the second shed.',
      'turn|CHAIR|Thank you.',
    ]);
  });

  it('takes the unlabelled paragraphs that ask, before each turn of the one labelled speaker, for questions', () => {
    expect(
      turnsOf(
        'Was the harvest late?',
        'KELLER: Three weeks late.',
        'It was the frost.',
        'And next year?',
        'KELLER: We plant again.',
        'Will you sell?',
        'KELLER: Never.',
      ),
    ).toEqual([
      'question||Was the harvest late?',
      'turn|KELLER|Three weeks late.',
      'turn|KELLER|It was the frost.',
      'question||And next year?',
      'turn|KELLER|We plant again.',
      'question||Will you sell?',
      'turn|KELLER|Never.',
    ]);
  });

  it('reads a debate record whose labels carry a party or seat in brackets', () => {
    expect(
      turnsOf(
        'Ms Okafor (Lab): Will the minister apologise?',
        'Mr Hollis (Con): No.',
        'Ms Okafor (Lab): Then he should resign.',
      ),
    ).toEqual([
      'turn|Ms Okafor|Will the minister apologise?',
      'turn|Mr Hollis|No.',
      'turn|Ms Okafor|Then he should resign.',
    ]);
  });

  it('reads a live-blog entry with a time and a titled speaker, but not furniture or a heading', () => {
    expect(
      turnsOf(
        '14:32 Minister Hollis: We will reopen the line by Friday.',
        '14:40 Storm update: gusts of 90mph at the coast.',
        'Photo: the harbour wall at noon.',
      ),
    ).toEqual(['turn|Minister Hollis|We will reopen the line by Friday.']);
    // A time alone in the paragraph above counts too, and so does a name the article gives a person.
    expect(
      turnsOf(
        'The minister, Ana Hollis, visited the depot.',
        '14:32',
        'Hollis: The line reopens on Friday.',
        '14:40',
        'Storm Edith: the worst is over.',
      ),
    ).toEqual(['turn|Hollis|The line reopens on Friday.']);
    // Headings and furniture with colons, even several of them, are no transcript.
    expect(
      turnsOf('Photo: the harbour.', 'Update: the road is shut.', 'Photo: the quay.', 'Update: the road is open.'),
    ).toEqual([]);
    expect(
      turnsOf('Vandaag in de Kamer: de dijken.', 'Talvera update: river down.', 'Author of the article: Jo Lind'),
    ).toEqual([]);
  });
});

const stubItem = (block: number, start: number, end: number): SpeechItem => ({
  kind: 'direct',
  spans: [{ block, start, end }],
  cue: null,
  speakerPhrase: null,
  phraseAt: { block, offset: start },
  cataphora: null,
  parent: null,
  speaker: null,
});

describe('withInterviewTurns', () => {
  it('gives answers to the person the article is about and questions to the interviewer (the writer, "I"), replacing the dash reading', () => {
    const blocks = blocksOf(...dashInterview);
    // What dash dialogue and quotation marks gave before: one dash answer, and a quote inside it.
    const dashItem = stubItem(2, 2, dashInterview[2]!.length);
    const items = withInterviewTurns(blocks, [dashItem, stubItem(8, 0, 5)]);
    expect(items).not.toContain(dashItem);
    const phrases = items
      .filter((it) => it.kind === 'unmarked')
      .map((it) => `${it.spans[0]!.block}:${it.speakerPhrase}`);
    expect(phrases).toEqual([
      '1:I',
      '2:Marta Keller',
      '3:I',
      '4:Marta Keller',
      '5:Marta Keller',
      '6:I',
      '7:Marta Keller',
    ]);
    expect(items.filter((it) => it.kind === 'direct')).toHaveLength(1);
  });

  it('names a labelled speaker as the text would: SMITH as Smith, initials by the person they stand for', () => {
    const blocks = blocksOf(
      'Nadia Ferro spoke to Lars Moen about the strike.',
      'NF: Will the ferries run?',
      'LM: Not this week.',
      'NF: And after?',
      'LM: That depends on the owners.',
    );
    const items = withInterviewTurns(blocks, []);
    expect(items.map((it) => it.speakerPhrase)).toEqual(['Nadia Ferro', 'Lars Moen', 'Nadia Ferro', 'Lars Moen']);
    expect(items[1]?.cue?.text).toBe('LM');
    const caps = withInterviewTurns(blocksOf('MOEN: Not this week.', 'FERRO: Why not?', 'MOEN: Ask the owners.'), []);
    expect(caps.map((it) => it.speakerPhrase)).toEqual(['Moen', 'Ferro', 'Moen']);
  });

  it('gives a briefing’s answers to the spokesperson it names, not to places whose names look like a person’s', () => {
    const blocks = blocksOf(
      'Spokesperson Lin Bao held a press conference on May 4.',
      'Q: Reports say the talks have stalled. What is your comment?',
      'A: We hope all parties will keep talking.',
      'Q: Will the minister visit the port?',
      'A: We will release information in due course.',
      'As a friend of North Vale and South Vale, the city encourages talks.',
    );
    const answers = withInterviewTurns(blocks, []).filter((it) => it.cue?.text === 'A');
    expect(answers.map((it) => it.speakerPhrase)).toEqual(['Lin Bao', 'Lin Bao']);
  });

  it('reads a REPORTER label as an unnamed reporter, and a heading or a list of topics as no one’s words', () => {
    const blocks = blocksOf(
      'PORT SECRETARY DALE: First, the board approved four measures today.',
      'Q&As',
      '• The ferry strike • Harbour relations',
      'REPORTER: What is your view of the ferry strike?',
      'PORT SECRETARY DALE: We are watching it closely.',
    );
    const items = withInterviewTurns(blocks, []);
    expect(items.map((it) => `${it.spans[0]!.block}:${it.speakerPhrase}`)).toEqual([
      '0:Port Secretary Dale',
      '3:a reporter',
      '4:Port Secretary Dale',
    ]);
  });

  it('leaves a labelled turn in quotation marks to the quote reading, its label being the cue', () => {
    const blocks = blocksOf('CHAIR: Order.', 'OKAFOR: “I saw the crane fall.”', 'CHAIR: Thank you.');
    expect(withInterviewTurns(blocks, []).map((it) => it.spans[0]!.block)).toEqual([0, 2]);
  });

  it('returns the items unchanged when the article is no interview', () => {
    const items = [stubItem(0, 1, 5)];
    expect(withInterviewTurns(blocksOf('“We stay,” she said.'), items)).toBe(items);
  });
});
