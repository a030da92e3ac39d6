import fc from 'fast-check';
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

describe('splitParagraphs on random text', () => {
  // The definition it was written from: split at line breaks, trim each line of `[\s\u200b]`.
  const reference = (body: string): string[] => {
    const out: string[] = [];
    let lines: string[] = [];
    for (const line of body.split('\n')) {
      const trimmed = line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, '');
      if (trimmed) lines.push(trimmed);
      else if (lines.length) {
        out.push(lines.join(' '));
        lines = [];
      }
    }
    if (lines.length) out.push(lines.join(' '));
    return out;
  };

  it('gives the paragraphs the definition gives', () => {
    const body = fc.array(fc.constantFrom(...'ab “”\n\n\t\u00a0\u200b\u3000\u2028😀\r'), { maxLength: 40 });
    fc.assert(
      fc.property(body, (chars) => {
        expect(splitParagraphs(chars.join(''))).toEqual(reference(chars.join('')));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
