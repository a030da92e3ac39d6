import { describe, expect, it } from 'vitest';
import { SPEECH_VERB_SET, REPORTING_VERB_SET } from './lexicon';
import { REPORTING_VERBS, VERB_FORMS } from './reporting-verbs';

describe('the table of reporting verbs', () => {
  it('holds at least 150 lemmas, each with its forms and frames', () => {
    expect(REPORTING_VERBS.length).toBeGreaterThanOrEqual(150);
    for (const v of REPORTING_VERBS) {
      expect(v.frames.size, v.lemma).toBeGreaterThan(0);
      for (const form of Object.values(v.forms)) expect(form, v.lemma).toMatch(/^[a-z]+$/);
    }
  });

  it('uses each verb in its own example sentence', () => {
    for (const v of REPORTING_VERBS) {
      const words = v.example.toLowerCase().match(/[a-z]+/g) ?? [];
      expect(
        words.some((w) => Object.values(v.forms).includes(w)),
        `${v.lemma}: ${v.example}`,
      ).toBe(true);
    }
  });

  it('spells the irregular and doubled forms', () => {
    expect(VERB_FORMS.get('told')?.verb.lemma).toBe('tell');
    expect(VERB_FORMS.get('admitted')?.form).toBe('past');
    expect(VERB_FORMS.get('denies')?.verb.lemma).toBe('deny');
    expect(VERB_FORMS.get('conceding')?.form).toBe('ing');
    expect(VERB_FORMS.get('written')?.form).toBe('participle');
  });

  it('keeps nouns out of the words that close a quotation, and beliefs out of "that"-less reports', () => {
    expect(SPEECH_VERB_SET.has('said')).toBe(true);
    expect(SPEECH_VERB_SET.has('conceded')).toBe(true);
    expect(SPEECH_VERB_SET.has('posts')).toBe(false);
    expect(SPEECH_VERB_SET.has('found')).toBe(false);
    expect(REPORTING_VERB_SET.has('insisted')).toBe(true);
  });
});

describe('the verb table', () => {
  // The sentence pass marks every token that is no trigger word as no verb, trusting that the
  // paragraph's word scan (runs of ASCII letters) finds each form: a form with another character
  // would be missed there.
  it('holds only words of ASCII letters', () => {
    expect([...VERB_FORMS.keys()].filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
  });
});
