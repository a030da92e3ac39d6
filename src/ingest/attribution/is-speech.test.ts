import { describe, expect, it } from 'vitest';
import { isSpeech } from './is-speech';

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
