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

  it('keeps a date alone on its line apart from the short lines around it', () => {
    expect(splitParagraphs('Follow Us:\nWednesday, May 30, 2018\nFerry sinks off the harbour wall')).toEqual([
      'Follow Us:',
      'Wednesday, May 30, 2018',
      'Ferry sinks off the harbour wall',
    ]);
    expect(splitParagraphs('Ferry sinks off\nthe harbour wall')).toEqual(['Ferry sinks off the harbour wall']);
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

  it('keeps each line a paragraph where the lines were never wrapped (one is longer than 100 characters)', () => {
    const long =
      'The harbour board met on Tuesday and agreed to keep the ferry running through the winter months, its chair said.';
    expect(splitParagraphs(`Takeaways\n${long}\n“We will not cut the service,” she said.`)).toEqual([
      'Takeaways',
      long,
      '“We will not cut the service,” she said.',
    ]);
    // Wrapped at 72 columns: one paragraph.
    expect(splitParagraphs('The harbour board met on Tuesday and agreed to keep\nthe ferry running.')).toEqual([
      'The harbour board met on Tuesday and agreed to keep the ferry running.',
    ]);
  });

  it('in wrapped text with some long lines, breaks only where a sentence ends outside a quote', () => {
    const text = [
      'The board met on Tuesday and agreed that the ferry',
      'would run through the winter months, according to a statement the chair of the board released on Monday.',
      '“We will not cut the service. It is too important,',
      'and the town needs it,” she said. Nobody on the board voted against the plan, which now goes to the council.',
      'Ferries',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'The board met on Tuesday and agreed that the ferry would run through the winter months, according to a statement the chair of the board released on Monday.',
      '“We will not cut the service. It is too important, and the town needs it,” she said. Nobody on the board voted against the plan, which now goes to the council.',
      'Ferries',
    ]);
  });

  it('splits a block of 130,000 unwrapped lines without running out of stack, and reads an open quote over 20,000 lines as one paragraph', () => {
    const long =
      'The harbour board met again on Tuesday and agreed to keep the ferry running through the winter months.';
    const lines = Array.from({ length: 130_000 }, (_, i) => (i % 10 ? 'Ferries run today.' : long));
    expect(splitParagraphs(lines.join('\n'))).toHaveLength(130_000);
    // (Each line break once re-read the whole paragraph for open quotes: seconds for this block.
    // `npm run bench`'s 5 MiB article and tests/linear-time watch the time; this checks the answer.)
    const open = ['“The quote opens and never closes ' + 'x'.repeat(120)];
    for (let i = 0; i < 20_000; i++)
      open.push(
        i % 2
          ? 'and it goes on with lower-case words for a while longer.'
          : 'Another line that ends here, in the quote.',
      );
    expect(splitParagraphs(open.join('\n'))).toHaveLength(1);
  });

  it('keeps spacing inside a line untouched', () => {
    expect(splitParagraphs('Two  spaces and\ta tab.')).toEqual(['Two  spaces and\ta tab.']);
  });
});

describe('splitParagraphs on random text', () => {
  // The definition it was written from, for text whose lines are all within the wrapping width (the
  // texts below are at most 100 characters; the unwrapped and mixed blocks have their own tests
  // above): split at line breaks, trim each line of `[\s\u200b]`, join the lines of a block.
  const block = (lines: string[]) => [lines.join(' ')];
  const reference = (body: string): string[] => {
    const out: string[] = [];
    let lines: string[] = [];
    for (const line of body.split('\n')) {
      const trimmed = line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, '');
      if (trimmed) lines.push(trimmed);
      else if (lines.length) {
        out.push(...block(lines));
        lines = [];
      }
    }
    if (lines.length) out.push(...block(lines));
    return out;
  };

  it('gives the paragraphs the definition gives', () => {
    const body = fc.array(fc.constantFrom(...'ab “”\n\n\t\u00a0\u200b\u3000\u2028😀\r'), { maxLength: 100 });
    fc.assert(
      fc.property(body, (chars) => {
        expect(splitParagraphs(chars.join(''))).toEqual(reference(chars.join('')));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
