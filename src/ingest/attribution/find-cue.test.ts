import { describe, expect, it } from 'vitest';
import { cueAfter, cueBefore, cueWithin, PARTIAL_QUOTE_EXAMPLES } from './find-cue';
import { plausibleSubject } from './plausible-subject';

/** The cue found after the closing mark of the quote at the start of `text`. */
function after(text: string, limit = text.length) {
  const from = text.indexOf('”') + 1;
  const cue = cueAfter(text, from, limit);
  return cue && { ...cue, written: text.slice(cue.start, cue.end) };
}

/** The cue found before the opening mark, from the start of the text. */
function before(text: string) {
  const cue = cueBefore(text, 0, text.indexOf('“'));
  return cue && { ...cue, written: text.slice(cue.start, cue.end) };
}

describe('cueAfter', () => {
  it('reads ", the minister said." as the minister, and points at the cue words', () => {
    const cue = after('“The budget is balanced,” the minister said. Nobody clapped.');
    expect(cue?.speaker).toBe('the minister');
    expect(cue?.text).toBe('the minister said');
    expect(cue?.written).toBe('the minister said');
  });

  it('reads " said Jane Roe, a nurse," with the name first and the apposition after it', () => {
    const cue = after('“We were twelve on a ward for forty,” said Jane Roe, a nurse, after her shift.');
    expect(cue?.text).toBe('said Jane Roe');
    expect(cue?.written).toBe('said Jane Roe');
    expect(cue?.speaker.split(',')[0]).toBe('Jane Roe');
    expect(cue?.speaker).toContain('a nurse');
  });

  it('reads a company’s abbreviation in an aside, and cuts a long phrase of time off an inverted subject', () => {
    expect(after('“We had heard rumblings,” Ana Roy, an analyst at Vell & Co., said in a note.')?.speaker).toBe(
      'Ana Roy, an analyst at Vell & Co.',
    );
    expect(after('“We are fine,” said CEO Ana Roy on a call with analysts in February 2017.')).toMatchObject({
      written: 'said CEO Ana Roy',
    });
  });

  it('reads past a speech verb inside the speaker’s aside: "Roy, who is believed to be in Oslo, told reporters"', () => {
    expect(after('“We wait,” Ana Roy, who is believed to be in Oslo, told reporters.')).toMatchObject({
      speaker: 'Ana Roy, who is believed to be in Oslo',
      written: 'Ana Roy, who is believed to be in Oslo, told',
    });
  });

  it('reads ", according to Ann Lee" and stops at the name', () => {
    const cue = after('“Waiting lists doubled,” according to Ann Lee, who runs the clinic.');
    expect(cue?.speaker).toBe('Ann Lee');
    expect(cue?.written).toBe('according to Ann Lee');
  });

  it('reads "it said" after a quote as a body speaking (resolved later to the latest organisation)', () => {
    expect(after('“It is closed,” it said.')?.speaker).toBe('it');
  });

  it('finds no cue in narration after the quote, nor beyond the limit it is given', () => {
    expect(after('“Fine,” and the vote passed without debate.')).toBeNull();
    const text = '“Enough.” The vote passed, the clerk said.';
    expect(after(text, text.indexOf('The'))).toBeNull();
  });
});

describe('cueBefore', () => {
  it('reads "He added: " and "Tomas Rendl told reporters outside the court: "', () => {
    const added = before('He added: “We will appeal.”');
    expect(added?.speaker).toBe('He');
    expect(added?.text).toBe('He added');
    const told = before('Tomas Rendl told reporters outside the court: “It is a dark day.”');
    expect(told?.speaker).toBe('Tomas Rendl');
    expect(told?.text).toBe('Tomas Rendl told reporters outside the court');
  });

  it('reads "According to the police, " as the police', () => {
    const cue = before('According to the police, “nobody was hurt in the blaze.”');
    expect(cue?.speaker).toBe('the police');
    expect(cue?.text).toBe('according to the police');
    expect(cue?.written.startsWith('According to the police')).toBe(true);
  });

  it('finds no cue in a sentence without a speech verb', () => {
    expect(before('The weather was awful and “the worst in years” by any measure.')).toBeNull();
    expect(before('Then came the results: “a triumph”.')).toBeNull();
  });
});

describe('plausibleSubject', () => {
  it('accepts pronouns, names and role phrases, and rejects clauses', () => {
    expect(plausibleSubject('she')).toBe(true);
    expect(plausibleSubject('the harbour master')).toBe(true);
    expect(plausibleSubject('Ann Lee, a nurse')).toBe(true);
    expect(plausibleSubject('rain was falling and nobody')).toBe(false);
    expect(plausibleSubject('')).toBe(false);
    expect(plausibleSubject('one of the many tired people who stood in line that day')).toBe(false);
  });
});

describe('cueWithin', () => {
  /** The cue found for the first quote inside the sentence, from the start of the text. */
  function within(text: string) {
    const cue = cueWithin(text, 0, text.indexOf('“'));
    return cue && { ...cue, written: text.slice(cue.start, cue.end) };
  }

  it('takes the subject of the speech verb before a partial quote, past an opening phrase and a lower-case role', () => {
    const cue = within('In an interview, councillor Ravi Shah said the plan was “exactly what we need”.');
    expect(cue?.speaker).toBe('Ravi Shah');
    expect(cue?.text).toMatch(/said$/);
    expect(cue?.written).toBe(cue?.text);
  });

  it('finds no cue when a full stop stands between the verb and the quote', () => {
    expect(within('Councillor Ravi Shah said nothing more. The plan was “exactly what we need”.')).toBeNull();
    expect(within('Councillor Ravi Shah said nothing more, but the plan was “exactly what we need”.')?.speaker).toBe(
      'Councillor Ravi Shah',
    );
  });

  it('finds no cue for "it said"', () => {
    expect(within('It said the plan was “exactly what we need”.')).toBeNull();
    expect(within('She said the plan was “exactly what we need”.')?.speaker).toBe('She');
  });
});

describe('cueAfter: signatures and unnamed speakers', () => {
  it('reads a dash and a name after a quote as its signature', () => {
    const cue = after('“The best thing we ever built.” — Mayor Alba Reyes, at the ribbon cutting');
    expect(cue?.speaker).toBe('Mayor Alba Reyes');
    expect(cue?.written).toBe('Mayor Alba Reyes');
  });

  it('takes "said one resident, Peggy Hume" with the name in apposition', () => {
    const cue = after('“We will never use it,” said one resident, Peggy Hume, 81.');
    expect(cue?.speaker.split(',').map((c) => c.trim())).toEqual(['one resident', 'Peggy Hume', '81']);
  });
});

describe('cueWithin: verbs that take a short quotation with a particle', () => {
  it.each(PARTIAL_QUOTE_EXAMPLES)('finds the speaker of %s', (example) => {
    const at = example.indexOf('“');
    expect(cueWithin(example, 0, at)?.speaker).toMatch(/^(?:the minister|she|the union)$/);
  });
});
