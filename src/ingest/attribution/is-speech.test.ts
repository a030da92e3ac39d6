import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstTokens, isSpeech, NAMING, namesRatherThanQuotes } from './is-speech';

describe('isSpeech', () => {
  it('does not take scare quotes after "called", "dubbed" or "so-called" for speech, even with a cue', () => {
    expect(isSpeech('green deal', 'the so-called ', false, false)).toBe(false);
    expect(isSpeech('green deal', 'the so-called ', true, false)).toBe(false);
    expect(isSpeech('a cabinet of clowns', 'He dubbed it ', false, false)).toBe(false);
    expect(isSpeech('deeply regrettable', 'the ministry called the decision ', false, false)).toBe(false);
    expect(isSpeech('the people’s budget', 'what she called ', true, false)).toBe(false);
  });

  it('accepts a long quote after "called" when a cue attributes it', () => {
    const words = 'a sensible and overdue step that every city in the region should copy now';
    expect(isSpeech(words, 'what she called ', true, false)).toBe(true);
    expect(isSpeech(words, 'what she called ', false, false)).toBe(false);
  });

  it('takes a short Title Case phrase without a cue for a title, not speech', () => {
    expect(isSpeech('The Long Walk Home', 'the documentary ', false, false)).toBe(false);
    expect(isSpeech('Silence of the Harbour', 'the play ', false, false)).toBe(false);
  });

  it('takes a Title Case phrase for a title even with a cue, unless punctuation makes it an utterance', () => {
    expect(isSpeech('The Long Walk Home', 'the documentary ', true, false)).toBe(false);
    expect(isSpeech('World’s Best Gran', 'two mugs that read ', true, false)).toBe(false);
    expect(isSpeech('Order. Order!', '', true, true)).toBe(true);
    expect(isSpeech('We Will Not Move', '', true, false)).toBe(false);
    expect(isSpeech('We will not move', '', true, false)).toBe(true);
  });

  it('needs a cue for a short quote, but not for a sentence of six words or more', () => {
    expect(isSpeech('totally unacceptable', '', false, false)).toBe(false);
    expect(isSpeech('totally unacceptable', '', true, false)).toBe(true);
    expect(isSpeech('the council never reads letters', '', false, false)).toBe(false);
    expect(isSpeech('the council never reads any letters', '', false, false)).toBe(true);
  });

  it('accepts a short quote in the first or second person without a cue', () => {
    expect(isSpeech('We lost', '', false, false)).toBe(true);
    expect(isSpeech('shame on you', '', false, false)).toBe(true);
  });

  it('asks more of single quotes: a cue and four words, or eight words in the first or second person', () => {
    expect(isSpeech('Winter Orchards', 'the novel ', false, true)).toBe(false);
    expect(isSpeech('we will not sell', '', true, true)).toBe(true);
    expect(isSpeech('we will', '', true, true)).toBe(false);
    expect(isSpeech('the whole estate was sold off last winter without notice', '', false, true)).toBe(false);
    expect(isSpeech('you sold the whole estate off last winter without notice', '', false, true)).toBe(true);
  });

  it('takes one or two words with a cue for speech when they are a whole utterance', () => {
    expect(isSpeech('Shame!', 'Opposition MPs shouted ', true, false)).toBe(true);
    expect(isSpeech('Order. Order!', '', true, false)).toBe(true);
    expect(isSpeech('No.', '', true, false)).toBe(true);
    expect(isSpeech('Why?', '', true, true)).toBe(true);
    // A lower-case word with a full stop inside the marks (American style) is a fragment, not an utterance.
    expect(isSpeech('rushed.', 'she said the plan was ', true, false)).toBe(false);
    expect(isSpeech('Shame!', '', false, false)).toBe(false);
  });

  it('takes a short sentence right after a quote’s cue for the same speech going on', () => {
    expect(isSpeech('They weren’t.', '” he said. ', false, false)).toBe(true);
    expect(isSpeech('It is a suggestion.', 'orary barrier,” the judge said. ', false, false)).toBe(true);
    expect(isSpeech('Not yet.', '’ she added after a pause. ', false, true)).toBe(true);
    // Not after narration, and not a fragment without the mark that ends a sentence.
    expect(isSpeech('They weren’t.', 'The crew left the harbour at dawn. ', false, false)).toBe(false);
    expect(isSpeech('green deal', '” he said. ', false, false)).toBe(false);
  });

  it('takes "called it “…”" for someone’s own words, while "dubbed it" and "so-called" still name', () => {
    expect(isSpeech('the most careful study of the bay so far', 'The biologist called it ', false, false)).toBe(true);
    expect(isSpeech('the most careful study of the bay so far', 'a report called ', false, false)).toBe(false);
    expect(isSpeech('the most careful study of the bay so far', 'The biologist dubbed it ', false, false)).toBe(false);
  });

  it('rejects a quote with no words', () => {
    expect(isSpeech('…', '', true, false)).toBe(false);
    expect(isSpeech('', '', true, false)).toBe(false);
  });
});

// Letters in and beyond ASCII and Latin-1 (a title-case digraph, a capital of two code units, a
// capital whose lower case is longer, the Kelvin sign), digits, marks and spaces of every kind.
const PIECES = [
  'called',
  'Called',
  'CALLED',
  'dubbed',
  'so-called',
  'known as',
  'the word',
  'what she calls',
  'it',
  'them',
  'the plan',
  'a',
  'Roy',
  'minister',
  'ÉTAT',
  'été',
  'ǅemal',
  '𝐀ction',
  'İzmir',
  '\u212Aelvin',
  '41',
  '“',
  '”',
  '—',
  ',',
  ':',
  '.',
  '!',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\u2003',
  '\n',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('firstTokens', () => {
  it('reads the tokens as split at spaces and controls, those with a letter or digit, would read', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (s, limit) => {
        const tokens = s
          .split(/[\u0000-\u0020]+/)
          .filter((t) => /[0-9A-Za-z]|[^\u0000-\u007f\u2000-\u206f]/.test(t))
          .slice(0, limit);
        expect(firstTokens(s, limit)).toEqual({
          count: tokens.length,
          titleCase: tokens.every((w) => !(w.length > 3 && /^\p{L}/u.test(w) && !/^\p{Lu}/u.test(w))),
          capitalised: tokens.every((w) => /^\P{L}*\p{Lu}/u.test(w)),
        });
      }),
      { seed: 7, numRuns: 20000 },
    );
  });
});

describe('namesRatherThanQuotes', () => {
  /** The reading from the whole text, lower-cased, split at spaces. */
  const OBJECT = /\s+(?:it|them|him|her|the\s+[a-z]+)$/;
  const naming = (before: string) => {
    const t = before.trimEnd().replace(/[,:]$/, '').trimEnd().toLowerCase();
    const last = new Set(NAMING.map((w) => w.split(' ').pop()!));
    if (
      !t
        .slice(Math.max(0, t.length - 40))
        .split(/\s+/)
        .slice(-3)
        .some((w) => last.has(w))
    )
      return false;
    if (NAMING.some((w) => t === w || t.endsWith(` ${w}`))) return true;
    const bare = t.replace(OBJECT, '');
    return bare !== t && NAMING.some((w) => !/^call/.test(w) && (bare === w || bare.endsWith(` ${w}`)));
  };
  it('agrees with the reading of the whole text in lower case', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(namesRatherThanQuotes(s), JSON.stringify(s)).toBe(naming(s));
      }),
      { seed: 7, numRuns: 20000 },
    );
  });
});
