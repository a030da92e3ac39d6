import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';
import { captionSpeaker } from './captioned-quotes';

function whoSaid(...paragraphs: string[]): Record<string, string | null> {
  const result = ingestText('column.txt', paragraphs.join('\n\n'));
  if (!result.ok) throw new Error(result.error);
  const nameOf = new Map(result.article.speakers.map((s) => [s.id, s.name]));
  return Object.fromEntries(result.article.quotes.map((q) => [q.text, q.speakerId ? nameOf.get(q.speakerId)! : null]));
}

describe('captionSpeaker', () => {
  it('reads the name a caption opens with, past a team and a role before it', () => {
    expect(captionSpeaker('Harbour Rovers co-coach Ana Lutz after the home defeat on Saturday.')?.name).toBe(
      'Ana Lutz',
    );
    expect(captionSpeaker('Valley United manager Ben Cole plays down talk of a title race.')?.name).toBe('Ben Cole');
    expect(captionSpeaker('Greta Costa on the new stand.')?.name).toBe('Greta Costa');
  });

  it('reads no caption in narration, a heading or a lone surname', () => {
    expect(captionSpeaker('Ana Lutz, who runs the bakery, said the water came fast.')).toBeNull();
    expect(captionSpeaker('Transfer News')).toBeNull();
    expect(captionSpeaker('Lutz after the game.')).toBeNull();
    // A label with its team labels the quote below it, as round-ups print them; it captions nothing.
    expect(captionSpeaker('Ana Lutz (Harbour Rovers)')).toBeNull();
    // Narration, not a caption: the name goes on with a comma or a verb of the story's past.
    expect(captionSpeaker('Ben Cole, the City captain, was more upbeat.')).toBeNull();
    expect(captionSpeaker('Ben Cole was more upbeat.')).toBeNull();
  });
});

describe('a column of quotes, each captioned by the paragraph after it', () => {
  it('gives each quote to the name in its caption', () => {
    expect(
      whoSaid(
        'Heard this week',
        '“We do not like losing, and we never want to get used to it.”',
        'Harbour Rovers co-coach Ana Lutz after the home defeat on Saturday.',
        '“It was as intense a game as I have seen in years.”',
        'Valley United manager Ben Cole on the cup semi-final.',
        '“The stand will be finished by the spring, whatever the weather does.”',
        'Club chairman Greta Costa at the supporters’ meeting.',
      ),
    ).toEqual({
      'We do not like losing, and we never want to get used to it.': 'Ana Lutz',
      'It was as intense a game as I have seen in years.': 'Ben Cole',
      'The stand will be finished by the spring, whatever the weather does.': 'Greta Costa',
    });
  });

  it('reads no caption in a story that introduces each speaker before their quote', () => {
    const said = whoSaid(
      'Derby day',
      'Ana Lutz was blunt after the game.',
      '“We were not good enough.”',
      'Ben Cole, the City captain, was more upbeat.',
      '“We are on the right track.”',
      'Mia Ford, the club chair, has promised new signings.',
    );
    expect(said['We were not good enough.']).not.toBe('Ben Cole');
    expect(said['We are on the right track.']).not.toBe('Mia Ford');
  });

  it('leaves a story’s quote with the speaker before it, though the next paragraph opens with a name', () => {
    const said = whoSaid(
      'Bakery floods again',
      'The river came into the lower town overnight. “We lost the ovens,” said Ana Lutz, who runs the bakery.',
      '“This is the third time in five years.”',
      'Ben Cole, the mayor, promised help on Monday.',
      'The pumps ran all night. “Nobody slept,” Lutz said.',
      '“We will open again when the floor is dry.”',
      'Greta Costa of the fire service said the water was falling.',
    );
    expect(said['This is the third time in five years.']).toBe('Ana Lutz');
    expect(said['We will open again when the floor is dry.']).toBe('Ana Lutz');
  });
});
