import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines', () => {
    expect(splitParagraphs('One.\n\nTwo.\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('joins the lines of one paragraph with a single space', () => {
    expect(splitParagraphs('A line\nwrapped  \n  here.\n\nNext.')).toEqual(['A line wrapped here.', 'Next.']);
  });

  it('treats lines of spaces, tabs, U+00A0 or U+3000 as blank', () => {
    expect(splitParagraphs('One.\n \t\n Two.\n\u00a0\nThree.\n\u3000\nFour.')).toEqual([
      'One.',
      'Two.',
      'Three.',
      'Four.',
    ]);
  });

  it('ignores leading, trailing and repeated blank lines', () => {
    expect(splitParagraphs('\n\n\nOne.\n\n\n\n\nTwo.\n\n')).toEqual(['One.', 'Two.']);
  });

  it('trims each paragraph, including no-break and ideographic spaces', () => {
    expect(splitParagraphs('\u00a0 One. \u3000\n\n\tTwo.\t')).toEqual(['One.', 'Two.']);
  });

  it('returns no paragraphs for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\u00a0\n\u3000 \n')).toEqual([]);
  });

  it('keeps the words of every paragraph in order', () => {
    const text = '“We did not choose this.\n\n“Nobody wants the islands cut off,” he said.';
    expect(splitParagraphs(text)).toEqual(['“We did not choose this.', '“Nobody wants the islands cut off,” he said.']);
  });

  it('keeps spacing inside a line untouched', () => {
    expect(splitParagraphs('Two  spaces and\ta tab.')).toEqual(['Two  spaces and\ta tab.']);
  });
});
