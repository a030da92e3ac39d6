/**
 * Speaker resolution on invented articles, one behaviour each: what a reader would take the
 * pronoun, role, description or document to mean.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';

const file = (...paragraphs: string[]) => paragraphs.join('\n\n');

function whoSaid(text: string): Record<string, string | null> {
  const result = ingestText('test.txt', text);
  if (!result.ok) throw new Error(result.error);
  const nameOf = new Map(result.article.speakers.map((s) => [s.id, s.name]));
  return Object.fromEntries(
    result.article.quotes.map((q) => [q.text, q.speakerId ? (nameOf.get(q.speakerId) ?? null) : null]),
  );
}

describe('speaker resolution', () => {
  it('reads "she" as the subject of the sentence before, not a name met in passing in it', () => {
    const said = whoSaid(
      file(
        'Ingrid Solberg, who once taught Tomas Varga at the academy, was less sure than her former pupil about the new rules. “We need a second season of data before anyone decides,” she said.',
      ),
    );
    expect(said['We need a second season of data before anyone decides']).toBe('Ingrid Solberg');
  });

  it('gives "the inspector" to the officer introduced as Insp.', () => {
    const said = whoSaid(
      file(
        'At a briefing on Monday, Insp. Marcus Delaine said the road would stay shut.',
        '“Nobody should try to drive through the water,” the inspector said.',
      ),
    );
    expect(said['Nobody should try to drive through the water']).toBe('Marcus Delaine');
  });

  it('does not give "the coach" to a coach the article only introduces later', () => {
    const said = whoSaid(
      file(
        'The home side lost 3-0 on Sunday.',
        '“We were not good enough,” the coach said.',
        'The visitors’ coach, Ivo Marten, praised his defence.',
      ),
    );
    expect(said['We were not good enough']).not.toBe('Ivo Marten');
  });

  it('lets a paragraph ending in a colon cue the quote that opens the next paragraph', () => {
    const said = whoSaid(
      file(
        'Valley told to leave',
        'The mayor, Odile Brun, had a short message for anyone still in the valley:',
        '“Leave tonight. Do not wait for the morning, and do not come back for your car.”',
      ),
    );
    expect(said['Leave tonight. Do not wait for the morning, and do not come back for your car.']).toBe('Odile Brun');
  });

  it('gives a quote after narration in its own paragraph to the person the narration is about', () => {
    const said = whoSaid(
      file(
        'Agnes Pollard has kept the village shop for forty years.',
        'Agnes Pollard folds her arms. “Nobody is closing this shop while I can still lift a crate of milk.”',
      ),
    );
    expect(said['Nobody is closing this shop while I can still lift a crate of milk.']).toBe('Agnes Pollard');
  });

  it('gives an unnamed office to nobody the text gave another role, even by "is the …"', () => {
    const said = whoSaid(
      file(
        'Depot opens',
        'Tomasz Rybak is the councillor for the Eastgate ward, where the depot stands.',
        '“I have had the angry emails about the lorries, and I answer every one of them.”',
        'The Danish trade minister visited the depot on Wednesday, saying it showed what the treaty could do.',
      ),
    );
    expect(said['I have had the angry emails about the lorries, and I answer every one of them.']).toBe('Tomasz Rybak');
    expect(said['it showed what the treaty could do']).toBe('Danish trade minister');
  });

  it('reads "The Danish defence minister …, saying" as the minister, not as "The Danish"', () => {
    const result = ingestText(
      'raid.txt',
      file(
        'Border post attacked',
        'The Danish defence minister condemned an attack on a border post, saying it broke the treaty.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.speakers.map((s) => [s.name, s.kind])).toEqual([['Danish defence minister', 'unnamed']]);
  });

  it('gives a quote alone in its paragraph to the one person the paragraph before is about', () => {
    const said = whoSaid(
      file(
        'Headline about a ward',
        'Tomasz Rybak is the councillor for the Eastgate ward, where the bus depot stands.',
        '“I have had the angry emails and the phone calls, and I answer every one of them.”',
        'Lena Osei met Tomasz Rybak at the depot on Monday.',
        '“We both want the buses back on the road before the winter comes.”',
      ),
    );
    expect(said['I have had the angry emails and the phone calls, and I answer every one of them.']).toBe(
      'Tomasz Rybak',
    );
    // Two people in the paragraph before: the words are nobody's yet.
    expect(said['We both want the buses back on the road before the winter comes.']).toBeNull();
  });

  it('makes the byline\'s author the speaker of "I wrote" in a column', () => {
    const said = whoSaid(
      file(
        ' date 2024-03-02 from Helen Achebe',
        'Last spring I was sure of it. “The night bus will never pay for itself,” I wrote, and I was wrong.',
      ),
    );
    expect(said['The night bus will never pay for itself']).toBe('Helen Achebe');
  });

  it("gives a document's words to the body that issued it", () => {
    const said = whoSaid(
      file(
        'Water firm fined',
        'Harwell Water Company was fined on Monday.',
        'The report the company published on Friday said the leak had been fixed within a day.',
      ),
    );
    expect(said['the leak had been fixed within a day']).toBe('Harwell Water Company');
  });
});

describe('speaker resolution: bodies', () => {
  it('reads "it said" after a quote as the latest organisation', () => {
    const said = whoSaid(
      file(
        'Ferry fares rise',
        'Harbour Lines Company raised fares by a tenth on Monday.',
        '“Fuel has doubled in price since the spring,” it said in a statement.',
      ),
    );
    expect(said['Fuel has doubled in price since the spring']).toBe('Harbour Lines Company');
  });
});

describe('speaker resolution: descriptions', () => {
  it('reads a lone given name with an age as a person', () => {
    const said = whoSaid(
      file(
        'Trains cancelled',
        '“I have a night shift and no train before nine,” sighed Mireille, 41, a cleaner, on the platform.',
      ),
    );
    expect(said['I have a night shift and no train before nine']).toBe('Mireille');
  });

  it('keeps "some members of" a body as a described group, not the body', () => {
    const said = whoSaid(
      file(
        'Order divided',
        'Some members of the Harbour Board, who asked not to be named, say the vote was rushed through in an hour.',
      ),
    );
    expect(said['the vote was rushed through in an hour']).toBe('some members of the Harbour Board');
  });

  it('reads a description that opens the sentence after one about a person as that person', () => {
    const said = whoSaid(
      file(
        'Summit ends',
        'Paul Ardent left the building before the end, to fly home.',
        'The head of state warned that the next step could not wait for another year.',
      ),
    );
    expect(said['the next step could not wait for another year']).toBe('Paul Ardent');
  });
});

describe('speaker resolution: roles and names in apposition', () => {
  it('takes the name after a possessive role ("Hexley\'s MP, Dana Obi, says")', () => {
    const said = whoSaid(
      file('Bridge shut', "Hexley's MP, Dana Obi, says the bridge should never have been closed without a plan."),
    );
    expect(said['the bridge should never have been closed without a plan']).toBe('Dana Obi');
  });

  it('gives a document to the body named before it: "The Daily Ledger review of the album says"', () => {
    const said = whoSaid(
      file(
        'A quiet record',
        'The Daily Ledger review of the album says, “Marlow sings with rare warmth and control.”',
        'The Harbour Council report says the pier is unsafe.',
      ),
    );
    expect(said['Marlow sings with rare warmth and control.']).toBe('The Daily Ledger');
    expect(said['the pier is unsafe']).toBe('The Harbour Council');
  });

  it('gives a report named after a person to that person, and to nobody when the person was never named', () => {
    const said = whoSaid(
      file(
        'Inquiries',
        'The Sue Gray report says “failures of leadership” allowed the parties to happen.',
        'Baroness Louise Casey led the second inquiry. The Casey review says the force had failed its staff.',
        'The Mueller report says the campaign was not charged.',
      ),
    );
    expect(said['failures of leadership']).toBe('Sue Gray');
    expect(said['the force had failed its staff']).toBe('Louise Casey');
    expect(said['the campaign was not charged']).toBeUndefined();
  });

  it('gives an unnamed paper to the person the text was just about', () => {
    const said = whoSaid(
      file(
        'Seals learn',
        'Professor Ines Harrow led the survey over four winters.',
        'The paper says young seals copy older ones within a season.',
      ),
    );
    expect(said['young seals copy older ones within a season']).toBe('Ines Harrow');
  });
});

describe('speaker resolution: groups and bodies after a quote', () => {
  it('reads "“…,” police said" as the police, and "the airline" as the body named before with "which"', () => {
    const said = whoSaid(
      file(
        'Gale closes runway',
        'Skyline Air, which flies most routes from the airport, cancelled ten flights. “Passengers will be rebooked free of charge,” the airline said.',
        '“Two cars were struck by debris, but nobody was hurt,” police said.',
      ),
    );
    expect(said['Passengers will be rebooked free of charge']).toBe('Skyline Air');
    expect(said['Two cars were struck by debris, but nobody was hurt']).toBe('police');
  });
});

describe('speaker resolution: a speaker phrase ends before its verb', () => {
  it('reads "An editor told a High Court judge that …" as an editor, not the court', () => {
    const said = whoSaid(
      file('Editor in court', 'An editor told a High Court judge that the paper had been misled by its source.'),
    );
    expect(said['the paper had been misled by its source']).toBe('an editor');
  });
});

describe('speaker resolution: clause subjects', () => {
  it('reads "he" after ", and Mr Justice Hale accepted that" as the judge, the later subject', () => {
    const said = whoSaid(
      file(
        'Claim fails',
        'Peter Vance, for the firm, argued that the contract covered only the steel, and Mr Justice Hale accepted that reading. “The contract is poorly drafted, but it is clear on this,” he ruled.',
      ),
    );
    expect(said['The contract is poorly drafted, but it is clear on this']).toBe('Hale');
  });
});

describe('speaker resolution: a role after a phrase of time', () => {
  it('reads "In May the Polish premier had …, and on Sunday he …" as the premier', () => {
    const said = whoSaid(
      file(
        'Summit',
        'Polish premier Jan Wilk and the Dutch premier Pieter Maas met twice.',
        'Between Wilk and Maas the mood is frosty. In May the Polish premier had blamed The Hague for the delays, and on Sunday he went back on the offensive.',
        'The Netherlands must decide what it wants from the Union, he told Polish radio before going into the chamber.',
      ),
    );
    expect(said['The Netherlands must decide what it wants from the Union']).toBe('Jan Wilk');
  });
});

describe('speaker resolution: roles and names across a clause', () => {
  it("does not give the role of a subordinate clause's object to the name that opens the main clause", () => {
    const said = whoSaid(
      file(
        'Coalition talks',
        'Asked whether the chancellor still trusts his finance minister, Lena Vogt replied that the cabinet works well.',
        'Karl Brenz does not seem impressed. The finance minister spoke briefly outside the party offices. I have sworn on the constitution, not on a programme.',
      ),
    );
    expect(said['I have sworn on the constitution, not on a programme.']).toBe('Karl Brenz');
  });

  it('names the speaker of "…, he said." from "Name, group leader of …" in the next sentence', () => {
    const said = whoSaid(
      file(
        'Coalition',
        'Whoever leaves this coalition in winter will answer to the pensioners, he said. Rolf Vos, group leader of the party in parliament, spoke after the vote.',
      ),
    );
    expect(said['Whoever leaves this coalition in winter will answer to the pensioners']).toBe('Rolf Vos');
  });
});

describe('speaker resolution: a short shout with its cue', () => {
  it('reads "“Order, order!” said the Deputy Speaker, Dame Ana Pell." as Ana Pell, not "Speaker"', () => {
    const said = whoSaid(
      file(
        'Commons uproar',
        'The debate went on for hours.',
        '“Order, order!” said the Deputy Speaker, Dame Ana Pell. “The member will be heard, and so will everybody else.”',
      ),
    );
    expect(said['Order, order!']).toBe('Ana Pell');
    expect(said['The member will be heard, and so will everybody else.']).toBe('Ana Pell');
  });
});

describe('speaker resolution: legislators and nouns that look like verbs', () => {
  it('reads past a party tag after a name ("Rep. Ann Ford (D) told KXL")', () => {
    const said = whoSaid(
      file(
        'Walkout',
        'The session ended early.',
        '“We are done with this session,” state Rep. Ann Ford (D) told a radio station on Tuesday.',
      ),
    );
    expect(said['We are done with this session']).toBe('Ann Ford');
  });

  it('does not read "state" in "Democratic state senators" as a verb of speech', () => {
    const said = whoSaid(
      file('Walkout', 'Democratic state senators left the chamber before the vote on Tuesday night.'),
    );
    expect(Object.keys(said)).toEqual([]);
  });
});

describe('speaker resolution: possessed roles and acronyms', () => {
  it('reads "Spain’s finance minister continued:" as a speaker, and a statement from an acronym as that body', () => {
    const said = whoSaid(
      file(
        'Bread tax',
        'Prices are climbing.',
        'Spain’s finance minister continued: “We will not raise the tax on bread while I am in this job.”',
        '“We stand by our reporting and our reporters,” a statement from NBC said.',
      ),
    );
    expect(said['We will not raise the tax on bread while I am in this job.']).toBe('Spain’s finance minister');
    expect(said['We stand by our reporting and our reporters']).toBe('NBC');
  });
});

describe('speaker resolution: a name with "who" and a phrase of time', () => {
  it('reads "was Tom Hale who after the race said “…”" as Tom Hale', () => {
    const said = whoSaid(
      file(
        'Race day',
        'The race was close.',
        'The happiest man in the paddock was Tom Hale who after the race said “this is the best day of my life, and I will remember it.”',
      ),
    );
    expect(said['this is the best day of my life, and I will remember it.']).toBe('Tom Hale');
  });
});

describe('speaker resolution: descriptions that do not fit', () => {
  it('does not give "The leader of the state Senate on Tuesday said" to the mayor of the sentence before', () => {
    const said = whoSaid(
      file(
        'Budget',
        'Mayor Ana Roy on Tuesday said the bridge would reopen in May.',
        'The leader of the state Senate on Tuesday said that the bill was dead.',
      ),
    );
    expect(said['the bill was dead']).toBe('leader of the state Senate');
  });

  it('keeps a quote that ends in ".," attached to its cue ("…side.,” Tom Reed said, noting …)', () => {
    const said = whoSaid(
      file(
        'Jet',
        'Tom Reed spoke at the White House.',
        '“Somebody could have made a mistake on the other side.,” Tom Reed said, noting the plane flew low.',
      ),
    );
    expect(said['Somebody could have made a mistake on the other side.']).toBe('Tom Reed');
  });
});

describe('speaker resolution: South Asian and agency press', () => {
  it('never gives "he said" after a reported clause to a person that clause names', () => {
    const said = whoSaid(
      file(
        'Stadium',
        'Harbour Minister Idris Qadri met reporters on Monday.',
        'Mayor Omar Zafar is wasting public money on the stadium, he said.',
      ),
    );
    expect(said['Mayor Omar Zafar is wasting public money on the stadium']).toBe('Idris Qadri');
    const unmarked = whoSaid(
      file(
        'Stadium',
        'Harbour Minister Idris Qadri met reporters on Monday.',
        'We will not let Mayor Omar Zafar waste public money on the stadium, he said.',
      ),
    );
    expect(Object.values(unmarked)).toEqual(['Idris Qadri']);
  });

  it('reads the subject after a dateline in capitals and a colon ("PORTVILLE: …")', () => {
    const said = whoSaid(
      file(
        'Ferries',
        'PORTVILLE: Coastal Province Chief Minister Bilal Raza Mirza on Sunday dismissed the reports that the jailed party founder Omar Zafar was displeased with him.',
        '“At my last meeting with the founder, there was no sign of displeasure,” he told Coast News.',
        'PORTVILLE: Planning Minister Sana Iqbal on Monday said that the ferry plan was sound.',
      ),
    );
    expect(said['At my last meeting with the founder, there was no sign of displeasure']).toBe('Bilal Raza Mirza');
    expect(said['the ferry plan was sound']).toBe('Sana Iqbal');
  });

  it('keeps a given name that ends like a people\'s adjective in the name ("Minister Ali Tariq Mirza")', () => {
    const said = whoSaid(file('Pier', 'Ports Minister Ali Tariq Mirza said the pier would reopen in June.'));
    expect(said['the pier would reopen in June']).toBe('Ali Tariq Mirza');
  });

  it('reads an office with a portfolio of two parts before the name and a time ("Minister for Planning and Development … on Monday said")', () => {
    const said = whoSaid(
      file(
        'Talks',
        'ISLAMABAD - Federal Minister for Planning and Development Sana Iqbal on Monday said that the talks had failed.',
        'The opposition leader Omar Zafar is blocking the budget, she said.',
      ),
    );
    expect(said['the talks had failed']).toBe('Sana Iqbal');
    expect(said['The opposition leader Omar Zafar is blocking the budget']).toBe('Sana Iqbal');
  });

  it('knows "Tariq Mirza" as "Chaudhary Tariq Mirza", named again from his given name', () => {
    const result = ingestText(
      'test.txt',
      file(
        'Budget',
        'Regional Minister Chaudhary Tariq Mirza on Tuesday said the budget would pass.',
        'Tariq Mirza told party leaders that their alliance was stronger than before.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.speakers.map((s) => s.name)).toEqual(['Chaudhary Tariq Mirza']);
  });

  it('reads portfolios as governments name them ("Minister for Ports and Shipping Bilal Raza Mirza")', () => {
    const said = whoSaid(
      file(
        'Port',
        'Federal Minister for Ports and Shipping Bilal Raza Mirza on Tuesday said that the harbour was recovering.',
      ),
    );
    expect(said['the harbour was recovering']).toBe('Bilal Raza Mirza');
  });

  it('reads the pronoun after an opening participle as its subject, not whom it names ("Speaking to Dev Marlow, he said")', () => {
    const said = whoSaid(
      file(
        'Estate',
        'Deputy Mayor Ron Quint met councillors on Friday.',
        'Speaking to housing officer Dev Marlow who called on the deputy mayor, he said the estate needed new roofs.',
        'After meeting the tenants and Dev Marlow, he told reporters that the work would start in May.',
      ),
    );
    expect(said['the estate needed new roofs']).toBe('Ron Quint');
    expect(said['the work would start in May']).toBe('Ron Quint');
  });

  it('reads "he further said" as "he also said"', () => {
    const said = whoSaid(
      file(
        'Rally',
        'Minister Tom Vell addressed party workers in the city.',
        '“We are nearing our victory,” he further said.',
      ),
    );
    expect(said['We are nearing our victory']).toBe('Tom Vell');
  });
});

describe('reported speech: what "said" reports', () => {
  it('reads no clause in "said while visiting …" and keeps the speech before the cue', () => {
    const said = whoSaid(
      file(
        'Berths',
        'Harbour Minister Tom Vell on Friday said the ferry plan was sound.',
        'New berths will open in May, he said while speaking to a local radio station.',
        '“The pier is safe,” Tom Vell said while visiting the harbour on Monday.',
      ),
    );
    expect(said['New berths will open in May']).toBe('Tom Vell');
    expect(Object.keys(said).filter((text) => text.startsWith('while'))).toEqual([]);
  });

  it('reads no clause in "when …" after the cue of a quote ("“…,” Ana Roy said Tuesday when the results came out")', () => {
    const said = whoSaid(
      file('Results', '“We are resilient,” Chief Executive Ana Roy said Tuesday when the results came out.'),
    );
    expect(said).toEqual({ 'We are resilient': 'Ana Roy' });
  });

  it('finds the clause after "when asked …" and "that"', () => {
    const said = whoSaid(file('Plan', 'Tom Vell said when asked about the plan that it was sound.'));
    expect(said['it was sound']).toBe('Tom Vell');
  });

  it('reads "said this was …" as a clause, and "this week" as a time', () => {
    const said = whoSaid(
      file(
        'Inquest',
        'Deputy coroner Ruth Callan said this was a sad case.',
        'Ana Roy said this week the road was safe.',
      ),
    );
    expect(said['this was a sad case']).toBe('Ruth Callan');
    expect(said['the road was safe']).toBe('Ana Roy');
  });

  it('reads a clause after an opening phrase and its comma ("stated that going forward, …")', () => {
    const said = whoSaid(
      file(
        'Parades',
        'Mayor Tom Vell spoke on Wednesday.',
        'He stated that going forward, parades shall not be allowed in the city centre.',
      ),
    );
    expect(said['going forward, parades shall not be allowed in the city centre']).toBe('Tom Vell');
  });

  it('reads "He said, he …" as a report, but not a cue that is itself an aside', () => {
    const said = whoSaid(
      file(
        'Talks',
        'Mayor Tom Vell spoke on Wednesday.',
        'He said, he did not share several things with the party leader.',
        'Ana Roy runs the shop. Nobody will make us leave, she said, we will take this to court.',
      ),
    );
    expect(said['he did not share several things with the party leader']).toBe('Tom Vell');
    expect(Object.keys(said)).not.toContain('we will take this to court');
  });
});

describe('speaker resolution: the company a business story is about', () => {
  it('reads the subject after a conjunction ("ahead of the report as investors worried that …")', () => {
    const said = whoSaid(
      file('Shares', 'The shares fell 10% ahead of the report as investors worried that the delay suggested bad news.'),
    );
    expect(said['the delay suggested bad news']).toBe('investors');
  });

  it('gives a new document nobody wrote to nobody, not to whom the text was about ("An initial post-mortem examination concluded")', () => {
    const result = ingestText(
      'test.txt',
      file(
        'Inquest',
        'Police were called to the flat of Tom Garrow on March 30.',
        'An initial post-mortem examination concluded the cause of death was pneumonia.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.quotes.map((q) => q.speakerId)).not.toContain('tom-garrow');
    expect(result.article.speakers.map((s) => s.name)).toEqual([]);
  });

  it('gives a document no issuer from a place after it ("an examination at Mill Lane concluded")', () => {
    const result = ingestText(
      'test.txt',
      file(
        'Inquest',
        'An initial post-mortem examination at Mill Lane concluded the cause of death was heart failure.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.speakers.map((s) => s.name)).not.toContain('Mill Lane');
  });

  it('gives "the company" to the body named as a company, not to a data provider met since', () => {
    const said = whoSaid(
      file(
        'Results',
        'Brightwave Ltd. on Friday reported revenue that fell short of estimates.',
        'Revenue was $244 million, short of estimates, according to Harbour Data.',
        '“We secured key wins this quarter,” the company said in a press release.',
      ),
    );
    expect(said['We secured key wins this quarter']).toBe('Brightwave Ltd');
  });

  it('knows "Brightwave Networks" as a company, and "Brightwave said" as the same company', () => {
    const result = ingestText(
      'test.txt',
      file(
        'Results',
        'Brightwave Networks shares jumped 9% on Friday.',
        'Sales in the last quarter climbed by a quarter on the year before, Brightwave said.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.speakers.map((s) => [s.name, s.kind, s.quoteCount])).toEqual([
      ['Brightwave Networks', 'organisation', 1],
    ]);
  });

  it('knows a name before its shares as a company ("Ericsson shares soared"), and not "Smith shares her view"', () => {
    const said = whoSaid(
      file(
        'Results',
        'Brightwave shares soared on Tuesday after the results. Meanwhile Ana Smith shares her view of the market.',
        '“We are resilient,” the company said.',
      ),
    );
    expect(said['We are resilient']).toBe('Brightwave');
  });

  it('gives "the Danish company" and "the Swedish telecoms firm" to the company the story named', () => {
    const said = whoSaid(
      file(
        'Results',
        'Brightwave shares soared on Tuesday after the results.',
        'The Danish company stated that its sales in Asia had grown.',
        'The Swedish telecoms firm reported that its profit exceeded expectations.',
      ),
    );
    expect(said).toEqual({
      'its sales in Asia had grown': 'Brightwave',
      'its profit exceeded expectations': 'Brightwave',
    });
  });

  it('gives "The company" to a company named only after a preposition ("Shares of Brightwave Inc. jumped")', () => {
    const said = whoSaid(
      file(
        'Results',
        'Shares of Brightwave Inc. jumped on Wednesday.',
        'The company said after the market closed that it earned 55 cents per share.',
      ),
    );
    expect(said['it earned 55 cents per share']).toBe('Brightwave Inc');
  });

  it('takes no place-based description for a body: "The Portville, Coastal Province-based firm said"', () => {
    const said = whoSaid(
      file(
        'Results',
        'Brightwave Networks shares soared 9% on Tuesday.',
        'The Portville, Coastal Province-based firm said revenue rose 26% in its fourth quarter.',
      ),
    );
    expect(said['revenue rose 26% in its fourth quarter']).toBe('Brightwave Networks');
  });

  it('reads "The Harbourton, Nova Scotia-based company said" as the company', () => {
    const said = whoSaid(
      file(
        'Results',
        'Brightwave Ltd. on Friday reported its results.',
        'The Harbourton, Nova Scotia-based company said revenue was $81 million.',
      ),
    );
    expect(said['revenue was $81 million']).toBe('Brightwave Ltd');
  });
});

describe('speaker resolution: two holders of one office', () => {
  it('gives "the Lakeside mayor" to the mayor of Lakeside, even one named after a preposition', () => {
    const said = whoSaid(
      file(
        'Festival',
        'Harbour Mayor Rosa Quint has criticised a plan by Lakeside Mayor Dev Marlow to move the festival.',
        'The Lakeside mayor said visitors would travel to the harbour instead.',
      ),
    );
    expect(said['visitors would travel to the harbour instead']).toBe('Dev Marlow');
  });
});

describe("found in review: what the night's rules must not take", () => {
  it('keeps a clause whose subject is an adjective in -ing after "while" ("said while rising costs had hurt …")', () => {
    const said = whoSaid(
      file(
        'Taxes',
        'Mayor Ana Roy said while rising costs had hurt families, the council would not raise taxes this year.',
      ),
    );
    expect(Object.values(said)).toEqual(['Ana Roy']);
  });

  it('reads no report after an "As the mayor said," aside', () => {
    const said = whoSaid(
      file(
        'Terminal',
        'Dev Marlow is the mayor.',
        'As the mayor said, the city will need more money for the terminal.',
      ),
    );
    expect(said).toEqual({});
  });

  it('gives "the Zurich firm" to no company named since: a place is no people', () => {
    const said = whoSaid(
      file(
        'Deal',
        'Keller Systems, a software maker based in Zurich, agreed on Monday to buy Brightwave Networks.',
        'Brightwave shares rose 12 percent on the news.',
        '“This deal makes us stronger,” the Zurich firm said in a statement.',
      ),
    );
    expect(said['This deal makes us stronger']).not.toBe('Brightwave Networks');
  });

  it('keeps one company whose first word the text also uses ("Brightwave Networks", "Brightwave shares")', () => {
    const result = ingestText(
      'test.txt',
      file(
        'Results',
        'Brightwave Networks agreed to sell its ferry software unit on Monday.',
        'Brightwave shares rose 12 percent on the news.',
        '“This sale makes us stronger,” Brightwave said in a statement.',
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article.speakers.map((s) => s.name)).toEqual(['Brightwave Networks']);
  });
});
