import { describe, expect, it } from 'vitest';
import { findNameMentions } from './name-mentions';

/** Each mention as a caller uses it, with its offsets checked against the text. */
function mentions(text: string, block = 4) {
  return findNameMentions(block, text).map((m) => {
    expect(m.block).toBe(block);
    expect(text.slice(m.start, m.end)).toBe(m.name);
    return { name: m.name, title: m.title, kind: m.kind, afterArticle: m.afterArticle };
  });
}

describe('findNameMentions', () => {
  it('finds people’s names and strips titles and roles written before them', () => {
    expect(mentions('Ms Rhiannon Tull thanked Prof. Ingrid Holm and Swedish Ambassador Nils Brand.')).toEqual([
      { name: 'Rhiannon Tull', title: 'Ms', kind: 'person', afterArticle: false },
      { name: 'Ingrid Holm', title: 'Prof', kind: 'person', afterArticle: false },
      { name: 'Nils Brand', title: 'Swedish Ambassador', kind: 'person', afterArticle: false },
    ]);
  });

  it('drops sentence-opening words and an all-caps dateline, and cuts a possessive ’s', () => {
    expect(mentions('LONDON – After Osei’s speech, Dr. Kwame Asante left.').map((m) => [m.name, m.title])).toEqual([
      ['Osei', null],
      ['Kwame Asante', 'Dr'],
    ]);
  });

  it('keeps a name particle and an apostrophe inside a name', () => {
    expect(mentions('Gianna de Luca met Mr O’Reilly.').map((m) => [m.name, m.title])).toEqual([
      ['Gianna de Luca', null],
      ['O’Reilly', 'Mr'],
    ]);
  });

  it('tells organisations and places from people, and notes "the" before a name', () => {
    expect(mentions('The Harbour Board met in Oxley Square with the Marston Institute.')).toEqual([
      { name: 'Harbour Board', title: null, kind: 'organisation', afterArticle: true },
      { name: 'Oxley Square', title: null, kind: 'unknown', afterArticle: false },
      { name: 'Marston Institute', title: null, kind: 'organisation', afterArticle: true },
    ]);
  });

  it('finds nothing in lower-case text', () => {
    expect(mentions('nobody here has a name worth printing.')).toEqual([]);
  });

  // Was a bug: "Later Renner" showed up under "Also mentioned" beside the speaker Tobias Renner.
  it('drops a sentence-opening "Later" or "Afterwards" before a surname', () => {
    expect(mentions('Later Renner returned. Afterwards Mira Holm spoke.').map((m) => m.name)).toEqual(['Renner', 'Mira Holm']);
  });

  // Was a bug: "van der" split the name in two ("Ilse", "Berg").
  it('keeps a name with two particles whole: Mayor Ilse van der Berg', () => {
    expect(mentions('Mayor Ilse van der Berg opened the dam.').map((m) => [m.name, m.title])).toEqual([['Ilse van der Berg', 'Mayor']]);
  });

  // Was a bug: "Finance Minister" stayed in the name, so the speaker was "Finance Minister Ama Osei".
  it('strips a two-word role before a name: Finance Minister Ama Osei', () => {
    expect(mentions('Finance Minister Ama Osei resigned.').map((m) => [m.name, m.title])).toEqual([['Ama Osei', 'Finance Minister']]);
  });
});

describe('findNameMentions: bodies, long titles and prepositions', () => {
  const find = (text: string) =>
    findNameMentions(0, text).map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.name);
      return m;
    });
  const named = (text: string, name: string) => find(text).find((m) => m.name === name);

  it('reads a name after a body’s noun ("the brokerage Halden Vik") as an organisation', () => {
    expect(named('Shares fell after the brokerage Halden Vik cut its forecast.', 'Halden Vik')?.kind).toBe('organisation');
    // Without the noun the same words read as a person.
    expect(named('Shares fell after Halden Vik cut its forecast.', 'Halden Vik')?.kind).toBe('person');
  });

  it('reads a name followed by a body’s noun ("the Nordby Harbour committee") as an organisation', () => {
    expect(named('Members of the Nordby Harbour committee voted against it.', 'Nordby Harbour')?.kind).toBe('organisation');
  });

  it('takes everything up to the last role word as the title: Senate Majority Leader Tom Harlan', () => {
    expect(find('Senate Majority Leader Tom Harlan blocked the vote.').map((m) => [m.name, m.title])).toEqual([['Tom Harlan', 'Senate Majority Leader']]);
  });

  it('leaves a nationality before a name out of it: the Chilean Rosa Ibarra', () => {
    expect(named('The award went to the Chilean Rosa Ibarra on Friday.', 'Rosa Ibarra')).toBeDefined();
  });

  it('marks a name after a preposition ("an analyst at Kestrel Group"), not a sentence subject', () => {
    const found = find('Petra Lund, an analyst at Kestrel Group, disagreed.');
    expect(found.map((m) => [m.name, m.afterPreposition])).toEqual([
      ['Petra Lund', false],
      ['Kestrel Group', true],
    ]);
  });
});

describe('findNameMentions: roles without a name', () => {
  it('does not take "the Spanish Prime Minister" for a person', () => {
    const names = findNameMentions(0, 'Talks with the Spanish Prime Minister lasted four hours.').map((m) => m.name);
    expect(names).not.toContain('Prime Minister');
    expect(names).not.toContain('Spanish Prime Minister');
  });
});
