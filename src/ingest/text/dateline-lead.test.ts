import { describe, expect, it } from 'vitest';
import { datelineLead } from './dateline-lead';

const rest = (text: string) => text.slice(datelineLead(text));

describe('datelineLead', () => {
  it('skips a place in capitals and a dash, with or without a wire’s tag', () => {
    expect(rest('PARIS – The talks ended.')).toBe('The talks ended.');
    expect(rest('LONDON (Reuters) - A man was held.')).toBe('A man was held.');
    expect(rest('OTTAWA, Jan. 5 (AP) — The vote was close.')).toBe('The vote was close.');
    expect(rest('[SEOUL] Two men crossed the border.')).toBe('Two men crossed the border.');
  });

  it('skips a place in capitals and a colon, and a date before a dash', () => {
    expect(rest('LAHORE: Chief Minister Ana Roy said the road was open.')).toBe(
      'Chief Minister Ana Roy said the road was open.',
    );
    expect(rest('Thursday, March 30, 2023 – The mayor banned parades.')).toBe('The mayor banned parades.');
    expect(rest('Tuesday April 21, 2020 - The mayor banned parades.')).toBe('The mayor banned parades.');
    // A date that is the sentence's own subject stays.
    expect(datelineLead('May 5 2020 was a long day.')).toBe(0);
  });

  it('skips a place in small letters with its date when a wire’s tag follows: "Leeds, Mar 5 (PTI): "', () => {
    expect(rest('Leeds, Mar 5 (PTI): A new study found the risk was low.')).toBe('A new study found the risk was low.');
    expect(datelineLead('London, the capital, was quiet.')).toBe(0);
  });

  it('skips a wire’s or a network’s tag alone', () => {
    expect(rest('(Reuters) - A man was held.')).toBe('A man was held.');
    expect(rest('(CNN)A man was held on Thursday.')).toBe('A man was held on Thursday.');
    // The dash a tag leaves when the layout takes it off as a credit.
    expect(rest('- A man was held.')).toBe('A man was held.');
  });

  it('leaves a sentence that opens with words, an acronym or a bracket of its own', () => {
    expect(datelineLead('The mayor said the road was closed.')).toBe(0);
    expect(datelineLead('NATO said the drills would go on.')).toBe(0);
    expect(datelineLead('(Updated) The road reopened.')).toBe(0);
  });
});
