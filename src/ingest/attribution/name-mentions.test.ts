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

  it('keeps an acronym that opens a body’s name, and the titles of papers and units as bodies', () => {
    expect(
      mentions('PARIS Mayor Ana Roy told CBC News that the Harbour Times and the Special Inquiry Unit had it.').map(
        (m) => [m.name, m.kind],
      ),
    ).toEqual([
      ['Ana Roy', 'person'],
      ['CBC News', 'organisation'],
      ['Harbour Times', 'organisation'],
      ['Special Inquiry Unit', 'organisation'],
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
    expect(mentions('Later Renner returned. Afterwards Mira Holm spoke.').map((m) => m.name)).toEqual([
      'Renner',
      'Mira Holm',
    ]);
  });

  // Was a bug: "van der" split the name in two ("Ilse", "Berg").
  it('keeps a name with two particles whole: Mayor Ilse van der Berg', () => {
    expect(mentions('Mayor Ilse van der Berg opened the dam.').map((m) => [m.name, m.title])).toEqual([
      ['Ilse van der Berg', 'Mayor'],
    ]);
  });

  // Was a bug: "Finance Minister" stayed in the name, so the speaker was "Finance Minister Ama Osei".
  it('strips a two-word role before a name: Finance Minister Ama Osei', () => {
    expect(mentions('Finance Minister Ama Osei resigned.').map((m) => [m.name, m.title])).toEqual([
      ['Ama Osei', 'Finance Minister'],
    ]);
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
    expect(named('Shares fell after the brokerage Halden Vik cut its forecast.', 'Halden Vik')?.kind).toBe(
      'organisation',
    );
    // Without the noun the same words read as a person.
    expect(named('Shares fell after Halden Vik cut its forecast.', 'Halden Vik')?.kind).toBe('person');
  });

  it('reads a name followed by a body’s noun ("the Nordby Harbour committee") as an organisation', () => {
    expect(named('Members of the Nordby Harbour committee voted against it.', 'Nordby Harbour')?.kind).toBe(
      'organisation',
    );
  });

  it('takes everything up to the last role word as the title: Senate Majority Leader Tom Harlan', () => {
    expect(find('Senate Majority Leader Tom Harlan blocked the vote.').map((m) => [m.name, m.title])).toEqual([
      ['Tom Harlan', 'Senate Majority Leader'],
    ]);
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

  it('starts the person after a portfolio written as a title: "Secretary for Culture Ana Roy"', () => {
    expect(findNameMentions(0, 'Secretary for Culture Ana Roy said so.').map((m) => m.name)).toEqual(['Ana Roy']);
  });

  it('takes a role word after a given name for a surname: "Michael King", "Dana Bishop"', () => {
    expect(findNameMentions(0, 'Michael King and Dana Bishop said so.').map((m) => [m.name, m.kind])).toEqual([
      ['Michael King', 'person'],
      ['Dana Bishop', 'person'],
    ]);
  });

  it('takes a run its initials follow in brackets for a body: "Pakistan Tehreek Insaaf (PTI)"', () => {
    const kinds = (text: string) => findNameMentions(0, text).map((m) => [m.name, m.kind]);
    expect(kinds('Minister Omar Khalid said Pakistan Tehreek Insaaf (PTI) was wrong.')).toContainEqual([
      'Tehreek Insaaf',
      'organisation',
    ]);
    // Not a person's initials, as a transcript prints them, nor a bracket that holds other letters.
    expect(kinds('Ana Roy (AR) met Ben Cole (BBC).')).toEqual([
      ['Ana Roy', 'person'],
      ['Ben Cole', 'person'],
    ]);
  });

  it('takes it for a surname after two given names too, but not after a place: "Mary Lou Steward"', () => {
    expect(findNameMentions(0, 'Mary Lou Steward met Anna Maria King.').map((m) => [m.name, m.kind])).toEqual([
      ['Mary Lou Steward', 'person'],
      ['Anna Maria King', 'person'],
    ]);
    expect(findNameMentions(0, 'The Harris County Sheriff said so.').map((m) => m.kind)).not.toContain('person');
  });
});

describe('findNameMentions: what the words say about a person', () => {
  const find = (text: string) =>
    findNameMentions(0, text).map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.name);
      return { name: m.name, title: m.title, kind: m.kind, evidence: m.evidence };
    });

  it('ends a name at the end of its sentence: "met Ana Roy. Roy said" names Ana Roy, then Roy', () => {
    expect(find('The council met Ana Roy. Roy said the plan was good.').map((m) => m.name)).toEqual(['Ana Roy', 'Roy']);
    // Initials, titles and dotted abbreviations keep a name whole.
    expect(find('Peter J. Maroney met Lt. Ana Roy on Monday.').map((m) => m.name)).toEqual([
      'Peter J. Maroney',
      'Ana Roy',
    ]);
  });

  it('splits abbreviated titles off and keeps the name whole', () => {
    expect(find('Mr. Dorsey said the plan was late.')).toEqual([
      { name: 'Dorsey', title: 'Mr', kind: 'person', evidence: 'title' },
    ]);
    expect(find('The bill was filed by Rep. Ana Lutz on Monday.').map((m) => [m.name, m.title])).toEqual([
      ['Ana Lutz', 'Rep'],
    ]);
    expect(find('Insp. Darryl Smith said officers were called.').map((m) => [m.name, m.title])).toEqual([
      ['Darryl Smith', 'Insp'],
    ]);
    expect(find('Ch Supt Wendy Marr and Coun. Raj Patel spoke.').map((m) => [m.name, m.title])).toEqual([
      ['Wendy Marr', 'Ch Supt'],
      ['Raj Patel', 'Coun'],
    ]);
  });

  // Was a bug: "Lt." ended the run, so "Lt" became a person and "Gov" the title.
  it('reads a hyphenated abbreviated title as one title: Lt.-Gov. Ann Roy', () => {
    expect(find('Lt.-Gov. Ann Roy opened the session.').map((m) => [m.name, m.title])).toEqual([
      ['Ann Roy', 'Lt.-Gov'],
    ]);
  });

  it('keeps a middle initial with its full stop: Peter J. Maroney', () => {
    expect(find('Peter J. Maroney, a lawyer, spoke.')).toEqual([
      { name: 'Peter J. Maroney', title: null, kind: 'person', evidence: 'given-name' },
    ]);
  });

  it('says a run with a known given name is a person, and one with neither name nor title only may be', () => {
    expect(find('Yesterday Marguerite Okonjo arrived.')[0]?.evidence).toBe('given-name');
    const unknown = find('Then Tshepo Mokoena arrived.');
    expect(unknown).toEqual([{ name: 'Tshepo Mokoena', title: null, kind: 'person', evidence: null }]);
  });

  it('drops a sentence opener swallowed into a name: "Besides Nora", "Unlike Al Farsi"', () => {
    expect(find('Besides Nora, nobody came.').map((m) => m.name)).toEqual(['Nora']);
    expect(find('Unlike Al Farsi, the mayor stayed.').map((m) => m.name)).toEqual(['Al Farsi']);
    // An opener the lexicon does not list goes too when a given name and a surname follow it.
    expect(find('Upstairs Margaret Quist waited for Douglas Pell.').map((m) => m.name)).toEqual([
      'Margaret Quist',
      'Douglas Pell',
    ]);
    // Not in the middle of a sentence, where the capitalised word is part of the name.
    expect(find('They voted for Holm Margaret Andersen.').map((m) => m.name)).toEqual(['Holm Margaret Andersen']);
  });

  it('does not take places, regions and their people for persons', () => {
    expect(
      find('Residents of Maple Heights said the water was brown.').find((m) => m.name === 'Maple Heights')?.kind,
    ).toBe('unknown');
    expect(find('A Northern Albertan farmer said the rain came late.')[0]).toMatchObject({
      name: 'Northern Albertan',
      kind: 'unknown',
    });
    expect(find('The storm hit Port Ellery and Upper Kessock Falls overnight.').map((m) => [m.name, m.kind])).toEqual([
      ['Port Ellery', 'unknown'],
      ['Upper Kessock Falls', 'unknown'],
    ]);
    // A region word before anything but its people may open a company's name, which can speak.
    expect(find('The utility Eastern Grid said power was back.')[0]).toMatchObject({
      name: 'Eastern Grid',
      kind: 'person',
      evidence: null,
    });
  });

  it('does not take a people’s adjective before a body’s noun for the body: "Danish media", "the Spanish government"', () => {
    expect(find('Danish media reported the deal on Monday.')[0]).toMatchObject({ name: 'Danish', kind: 'unknown' });
    expect(find('Officials of the Spanish government said so.').find((m) => m.name === 'Spanish')?.kind).toBe(
      'unknown',
    );
  });

  it('does not take events for persons', () => {
    expect(
      find('The Winter Olympics open in Valbruna after the Harbour Cup.')
        .filter((m) => m.kind === 'unknown')
        .map((m) => m.name),
    ).toEqual(['Winter Olympics', 'Harbour Cup']);
  });

  it('lets a given name outweigh a place head that is also a surname, but not a title-less one', () => {
    expect(find('Later Stuart Hall spoke.')[0]).toMatchObject({ name: 'Stuart Hall', kind: 'person' });
    expect(find('They met at Brelvin Hall.')[0]).toMatchObject({ name: 'Brelvin Hall', kind: 'unknown' });
    expect(find('Mr Pinewood Hall objected.')[0]).toMatchObject({
      name: 'Pinewood Hall',
      kind: 'person',
      evidence: 'title',
    });
  });
});

describe('findNameMentions: regressions in name knowledge', () => {
  const names = (text: string) => findNameMentions(0, text).map((m) => [m.name, m.kind]);

  // A given name the lists lack before a surname they hold as a given name is still one name.
  it('keeps "Tshepo Lindsay" whole at the start of a sentence', () => {
    expect(names('Tshepo Lindsay, the member for the islands, spoke first.')).toEqual([['Tshepo Lindsay', 'person']]);
  });

  it('keeps a body’s name whole even when a word in it is a given name: "Brora Salmon Growers Association"', () => {
    expect(names('Brora Salmon Growers Association welcomed the ruling.')).toEqual([
      ['Brora Salmon Growers Association', 'organisation'],
    ]);
  });

  it('reads a role word before a place’s head as part of the place: "Queen Street"', () => {
    expect(names('The shop on Queen Street closed.')).toEqual([['Street', 'unknown']]);
  });
});

describe('findNameMentions: a department before its holder', () => {
  it('starts the person at the given name after "minister of Health"', () => {
    const names = findNameMentions(0, 'The minister of Health Sarah Mills spoke first.').map((m) => m.name);
    expect(names).toContain('Sarah Mills');
    expect(names).not.toContain('Health Sarah Mills');
  });
});

describe('findNameMentions: a place named after its noun', () => {
  it('does not take "the capital Athens" for a body', () => {
    const athens = findNameMentions(0, 'Thousands marched in the capital Athens on Sunday.').find(
      (m) => m.name === 'Athens',
    );
    expect(athens?.kind).not.toBe('organisation');
  });
});

describe('findNameMentions: a portfolio before its minister', () => {
  it('starts the person after the portfolio even when the given name is not in the lists', () => {
    const names = findNameMentions(0, 'The vice-chancellor and minister of Economy Jorun Vespa spoke.').map(
      (m) => m.name,
    );
    expect(names).toContain('Jorun Vespa');
  });
});
