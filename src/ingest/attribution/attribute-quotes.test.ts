import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';
import type { Article } from '../schema';

/** Paragraphs joined the way article files separate them: a blank line between two. */
const file = (...paragraphs: string[]) => paragraphs.join('\n\n');

const HARBOUR = [
  'Harbour levy splits the council',
  'Minister Ama Osei defended the new harbour levy on Thursday. “Every boat that docks here must pay its share,” Ama Osei said.',
  'Critics were not convinced. “This levy will empty the marina by summer,” said Mr Tobias Renner, who runs a sailing school.',
  '“We have listened to the skippers for a year,” Osei said.',
  'Renner shook his head. “Nobody asked the sailing clubs,” he said.',
  'Asked about the winter moorings, the minister was brief. “They stay free until April,” the minister said.',
];

const FLOOD = [
  'Flood defences delayed again',
  "Ms Nadia Quist, who chairs the valley residents' group, met the engineer Mr Pim Olsen on Monday. Olsen admitted the pumps had failed twice.",
  '“We were promised dry cellars by autumn,” she said.',
  '“The spare parts arrive next week,” he said.',
  '“The first pump failed in October.',
  '“The second one failed in November, and nobody came,” Quist added.',
];

const LIBRARY = [
  'Library reopens after fire',
  'The mayor, Lucia Ferri, praised the rebuilding plan, which critics call the so-called “green deal” for books. Marco Venn, the head librarian, guided visitors through the new reading room.',
  '“I want every child in this town to have a library card by Christmas,” she said.',
  '“Gregor Pahl and his volunteers saved the archive, and Pahl never asked for thanks,” Venn said.',
  'The shelves are full again. Come and see! pic.twitter.com/Ab12Cd – Friends of the Library (@venn_reads) March 3, 2023',
];

function ingest(source: string, paragraphs: string[]): Article {
  const result = ingestText(source, file(...paragraphs));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

/** Who said what: quote words → speaker name (null when unattributed). */
function whoSaid(article: Article): Record<string, string | null> {
  const nameOf = new Map(article.speakers.map((s) => [s.id, s.name]));
  return Object.fromEntries(
    article.quotes.map((q) => [q.text, q.speakerId ? (nameOf.get(q.speakerId) ?? `missing ${q.speakerId}`) : null]),
  );
}

describe('attributeQuotes through ingestText', () => {
  it('reads an office written before a name as a title, not as part of the name', () => {
    const article = ingest('titles.txt', [
      '“We will sit until the budget passes,” said House Speaker Mara Quill.',
      'Assembly Whip Dale Orrin said the vote would come on Friday.',
      '“The fields were full by noon,” said Events Co-ordinator Tess Lydon.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Mara Quill', 'person'],
      ['Dale Orrin', 'person'],
      ['Tess Lydon', 'person'],
    ]);
  });

  it('takes "Harbour City police Chief Ada Vance" for the chief, not for the city or a body', () => {
    const article = ingest('chief.txt', [
      '“This did not need to happen,” Harbour City police Chief Ada Vance said.',
      '“We have mobilised every officer we have,” Vance said.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Ada Vance', 'person']]);
  });

  it('gives a quote that is its whole paragraph to the name signing it in the next: "— Ana Roy, mayor"', () => {
    const article = ingest('voices.txt', [
      'Voices from the valley',
      'The river rose by four metres overnight. This is what people along it told us.',
      '“We will have the footbridge back before the first snow.”',
      '— Ilse Moreau, mayor of Lindenau',
      '“Nobody warned the farms below the weir.”',
      '- Tomas Brandt, dairy farmer',
      '“It was over in an hour,” said Ilse Moreau.',
      '“After that we could only wait.”',
      '— Reporting by Dana Kell',
    ]);
    const said = whoSaid(article);
    expect(said['We will have the footbridge back before the first snow.']).toBe('Ilse Moreau');
    expect(said['Nobody warned the farms below the weir.']).toBe('Tomas Brandt');
    // A credit line is no signature: the quote above it is not the reporter's.
    expect(said['After that we could only wait.']).not.toBe('Dana Kell');
    expect(article.speakers.map((s) => s.name).sort()).toEqual(['Ilse Moreau', 'Tomas Brandt']);
  });

  it('gives a quote to the label before it: a line "Ana Roy (Harbour Rovers)", or "Roy (HRFC):" opening its paragraph', () => {
    const article = ingest('reactions.txt', [
      'What the managers said',
      'Ilse Moreau (Harbour Rovers)',
      '“We were two down at half-time and still won. I have never been prouder of this team.”',
      'Tomas Brandt (Valley United):',
      '“We gave away two soft goals and paid for it.”',
      'Moreau (HRFC): “The third goal was lucky, but we earned our luck.”',
      'Kowalczyk (VUFC): “We lost our shape after the red card.”',
      'Jana Novak',
      '“A draw would have been fair.”',
      'Harbour chair: “No change” to the fares before May',
    ]);
    const said = whoSaid(article);
    expect(said['We were two down at half-time and still won. I have never been prouder of this team.']).toBe(
      'Ilse Moreau',
    );
    expect(said['We gave away two soft goals and paid for it.']).toBe('Tomas Brandt');
    expect(said['The third goal was lucky, but we earned our luck.']).toBe('Ilse Moreau');
    // A label makes even a surname the article never gave in full a person.
    expect(said['We lost our shape after the red card.']).toBe('Kowalczyk');
    // A name alone on a line, with neither a colon nor a bracket, may be a byline: no label.
    expect(said['A draw would have been fair.']).not.toBe('Jana Novak');
    // A headline's label before a few quoted words that the line goes on after is no speaker's label.
    expect(said['No change']).toBeUndefined();
  });

  it('reads each bullet of a list run into one paragraph as its own sentence, with its own speaker', () => {
    const article = ingest('bullets.txt', [
      'What the mayors agreed',
      '• Mayor Ilse Moreau said trade across the river is growing.\n• Mayor Tomas Brandt said the ferry must run at night, saying no town can wait.',
    ]);
    expect(whoSaid(article)).toEqual({
      'trade across the river is growing': 'Ilse Moreau',
      'the ferry must run at night': 'Tomas Brandt',
      'no town can wait': 'Tomas Brandt',
    });
  });

  it('keeps an office that a role owns whole, and gives "the sheriff’s office" to the office, not the sheriff', () => {
    const article = ingest('office.txt', [
      "The Brant County Sheriff's Office said deputies arrested a man on Monday night.",
      'Sheriff Dan Pike said the man had been armed.',
      "The man hid in a barn until deputies arrived, according to the sheriff's office.",
      "Mayor Ana Roy's office said the road would reopen on Friday.",
    ]);
    const said = whoSaid(article);
    expect(said['deputies arrested a man on Monday night']).toBe("Brant County Sheriff's Office");
    expect(said['The man hid in a barn until deputies arrived']).toBe("Brant County Sheriff's Office");
    expect(said['the man had been armed']).toBe('Dan Pike');
    // Her office speaks for her; she is no office.
    expect(article.speakers.find((s) => s.name === 'Ana Roy')?.kind).toBe('person');
  });

  it('reads where a body is based as its description: "Riga-based news agency Harbour Wire reported"', () => {
    const article = ingest('based.txt', [
      'Two fishermen were rescued on Sunday, Riga-based news agency Harbour Wire reported, citing a coastguard source.',
      'The London-based charity Sea Watch said the boats were unsafe.',
    ]);
    expect(whoSaid(article)).toEqual({
      'Two fishermen were rescued on Sunday': 'Harbour Wire',
      'the boats were unsafe': 'Sea Watch',
    });
    expect(article.speakers.every((s) => s.kind === 'organisation')).toBe(true);
  });

  it('takes a research house or a publication named in "according to" for an organisation', () => {
    const article = ingest('research.txt', [
      'Sales were 5 million in the quarter, below estimates of 6 million, according to Harlow Research.',
      'Young birds learn their songs before hatching, according to a report in the Easton Gazette.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind]).sort()).toEqual([
      ['Easton Gazette', 'organisation'],
      ['Harlow Research', 'organisation'],
    ]);
  });

  it('never takes whom a speaker told for the speaker: ", told reporters", ", told OPB"', () => {
    const article = ingest('told.txt', [
      '“What are they trying to do?” Cal Benning, who is believed to be staying in Utah while the walkout lasts, told KRBT.',
    ]);
    expect(whoSaid(article)).toEqual({ 'What are they trying to do?': 'Cal Benning' });
    expect(article.speakers.map((s) => s.name)).toEqual(['Cal Benning']);
  });

  it('reads the words after "told" at a sentence end as whom the speaker told, not as a sentence of their own', () => {
    const article = ingest('told-whom.txt', [
      'Lawmakers were puzzled by the walkout.',
      '“So what is the plan here?” state Sen. Cal Benning (R), who is staying in Utah while the walkout lasts, told Harbour public radio station KRBT.',
      '“We are done talking.” Dana Ruiz told reporters the vote had failed in March.',
    ]);
    const said = whoSaid(article);
    expect(said['So what is the plan here?']).toBe('Cal Benning');
    // A clause after the addressee is her own report, not the cue of the quote before it.
    expect(said['the vote had failed in March']).toBe('Dana Ruiz');
  });

  it('takes "The Council" for the council the text named, even when it named it only after a preposition', () => {
    const article = ingest('council.txt', [
      'A backlog of complaints was found at Marlow Vale Council after a tenant wrote to the ombudsman.',
      'The Council admitted that 200 complaints had never been read.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Marlow Vale Council', 'organisation']]);
  });

  it('reads a quote after "the call," as speech: after a determiner, "call" names nothing', () => {
    const article = ingest('call.txt', [
      'Before the call, “we had heard rumblings from the whole investment community,” Ana Roy said.',
      'The minister called the plan “a tax on the poor”.',
    ]);
    expect(whoSaid(article)).toEqual({ 'we had heard rumblings from the whole investment community': 'Ana Roy' });
  });

  it('keeps the initials the text defines for a speaker as that speaker’s name: "the Mayor’s Official Spokesman (MOS)"', () => {
    const article = ingest('initials.txt', [
      'Asked about the strike, the Mayor’s Official Spokesman (MOS) said that talks would resume on Monday.',
      'Asked about the budget, the MOS said that no service would be cut. He said the council would meet in March.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Mayor’s Official Spokesman', 'unnamed']]);
    expect(article.quotes).toHaveLength(3);
  });

  it('keeps initials only for the words they abbreviate, and a body only for a noun named before it', () => {
    const article = ingest('who.txt', [
      '“The outbreak is under control,” said Ana Roy, a spokesperson for the World Farming Agency (WFA).',
      '“Cases are falling,” the WFA said in a statement on Friday.',
      '“Our members have had enough,” the union said.',
      'The dispute follows new European Union rules on staffing.',
    ]);
    expect(whoSaid(article)).toEqual({
      'The outbreak is under control': 'Ana Roy',
      'Cases are falling': 'WFA',
      'Our members have had enough': 'The union',
    });
  });

  it('keeps an office after a place for the office, and a company’s name whole', () => {
    const article = ingest('office.txt', [
      '“The road is closed for good,” the Virginia Governor said.',
      '“Sales are rising fast this year,” Principal Financial Group said in a statement.',
    ]);
    // An office nobody is named for is an unnamed source; the company a body.
    expect(article.speakers.map((s) => [s.name, s.kind]).sort()).toEqual([
      ['Principal Financial Group', 'organisation'],
      ['Virginia Governor', 'unnamed'],
    ]);
  });

  it('reads no speech in a heading whose capitals hold a speech word: "Stories Told Well: The Best Recipes"', () => {
    const article = ingest('heading.txt', [
      'Our favourite pages of the year',
      'Stories Told Well: The Best Recipes',
      'Here are some of the recipes we liked this year.',
    ]);
    expect(article.quotes).toEqual([]);
  });

  it('reads no speech in the paper’s own reporter’s line: ", writes Dana Holt, our Political Correspondent"', () => {
    const article = ingest('live.txt', [
      'Harbour talks: live',
      'MPs are starting to leave the meeting now, writes Dana Holt, our Political Correspondent.',
    ]);
    expect(article.quotes).toEqual([]);
  });

  it('takes "The company" for a company, never for a council or a union named since', () => {
    const article = ingest('plant.txt', [
      'Acme Corp is closing its Leeds plant. Council leader Ben Cole said: “This is a betrayal of the town.”',
      'The company said in a statement it regretted the decision.',
    ]);
    expect(whoSaid(article)['it regretted the decision']).toBe('Acme Corp');
  });

  it('takes a newspaper for the paper, never for the person named before it: "The Washington Post said that"', () => {
    const article = ingest('papers.txt', [
      'Cora Lind, who led the inquiry, said the findings were clear.',
      'The Harbour Post said that the talks had collapsed. According to the Easton Times, “the deal is off”.',
    ]);
    expect(whoSaid(article)).toEqual({
      'the findings were clear': 'Cora Lind',
      'the talks had collapsed': 'The Harbour Post',
      'the deal is off': 'The Easton Times',
    });
    expect(article.speakers.map((s) => s.kind)).toEqual(['person', 'organisation', 'organisation']);
  });

  it('reads a group by its noun with lower-case words before it as one unnamed source: "State health officials"', () => {
    const article = ingest('group.txt', [
      'State health officials said more cases would be found. Federal officials say the risk is low.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['State health officials', 'unnamed'],
      ['Federal officials', 'unnamed'],
    ]);
  });

  it('reads an office with its portfolio before a name, and a body a named owner has', () => {
    const article = ingest('office.txt', [
      'GENEVA (AP) - U.S. Secretary of State Ana Roy said on Friday that the two sailors should be freed.',
      "Valmera's transport ministry said the sailors had crossed the line.",
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Ana Roy', 'person'],
      ["Valmera's transport ministry", 'organisation'],
    ]);
  });

  it('gives no role from the words a cue reports: "… from the deputy head of the club, Nina Watts said."', () => {
    const article = ingest('cue-role.txt', [
      'The letter came from the deputy head of the club, Nina Watts said.',
      'The French president, Emmanuel Macron said the talks were useful.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Nina Watts', null],
      ['Emmanuel Macron', 'French president'],
    ]);
  });

  it('takes a football club for a body, so that "he" after it goes to the manager', () => {
    const article = ingest('club.txt', [
      'Harbour United won 2-1. Manager Tom Vell was pleased.',
      'But then Harbour controlled the second half.',
      '“The second half was ours,” he replied.',
    ]);
    expect(whoSaid(article)).toEqual({ 'The second half was ours': 'Tom Vell' });
  });

  it('takes no "X-related" word for a person: the pronoun after it goes to the speaker named before', () => {
    const article = ingest('related.txt', [
      'Police chief Tom Vell spoke on Monday. The men shared Harbour Front-related posts, he said.',
    ]);
    expect(article.speakers.map((s) => s.name)).toEqual(['Tom Vell']);
  });

  it('gives a quote with no cue to the speaker whose words the paragraph before reports, not to the one before that', () => {
    const article = ingest('after-report.txt', [
      '“We lost everything,” commissioner Dean Smith said.',
      'Minister Tom Vell said anyone who lit the fire would be punished.',
      '“It really is a cowardly act.”',
    ]);
    expect(whoSaid(article)['It really is a cowardly act.']).toBe('Tom Vell');
  });

  it('reads past a press conference’s topic headings to the speaker the paragraph before them names', () => {
    const article = ingest('presser.txt', [
      'Head coach Tom Vell spoke to the media after the win over Harbour.',
      'On the performance:',
      '“We were patient and the goals came.”',
      'On the injuries…',
      '“Two players will miss next week.”',
    ]);
    expect(whoSaid(article)).toEqual({
      'We were patient and the goals came.': 'Tom Vell',
      'Two players will miss next week.': 'Tom Vell',
    });
  });

  it('keeps a paper whose name is a job for a paper: “…,” The Economist said', () => {
    const article = ingest('paper.txt', ['“The recovery is fragile,” The Economist said on Thursday.']);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['The Economist', 'organisation']]);
  });

  it('does not take "the official" for a minister when someone else is the official', () => {
    const article = ingest('visit.txt', [
      'Minister Ana Roy visited the site with Ben Cole, an official at the agency. The official said “safety came first”.',
    ]);
    expect(whoSaid(article)['safety came first']).not.toBe('Ana Roy');
  });

  it('takes an office written with capitals and nobody named for it as an unnamed source, not a body', () => {
    const article = ingest('office-caps.txt', [
      'There are “problems left to solve” before a deal, the Home Secretary told MPs on Tuesday.',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Home Secretary', 'unnamed']]);
  });

  it('takes a news agency, its initials and its name with the article for one body', () => {
    const article = ingest('agency.txt', [
      'The NWA later admitted that it had misquoted the minister.',
      '“We regret the error,” a statement from NWA said.',
      '“The story has been corrected,” the Northern Wire Agency told reporters.',
    ]);
    expect(article.speakers.map((s) => s.kind)).toEqual(['organisation']);
    expect(article.quotes.every((q) => q.speakerId === article.speakers[0]!.id)).toBe(true);
  });

  it('gives every quote spans that slice back to its text, without the quotation marks', () => {
    for (const [source, paragraphs] of [
      ['harbour.txt', HARBOUR],
      ['flood.txt', FLOOD],
      ['library.txt', LIBRARY],
    ] as const) {
      const article = ingest(source, [...paragraphs]);
      expect(article.quotes.length).toBeGreaterThan(0);
      for (const q of article.quotes) {
        const pieces = q.spans.map((s) => {
          const block = article.blocks[s.block];
          const text =
            block?.type === 'paragraph'
              ? block.text
              : block?.type === 'tweet'
                ? (article.tweets[block.tweet]?.text ?? '')
                : '';
          return text.slice(s.start, s.end);
        });
        expect(pieces.join('\n\n')).toBe(q.text);
        expect(q.text).not.toMatch(/^[“”"„«»]|[“”"„«»]$/);
      }
    }
    // The quote over two paragraphs is one quote with a span in each.
    const flood = ingest('flood.txt', FLOOD);
    const twoParagraphs = flood.quotes.find((q) => q.text.startsWith('The first pump'));
    expect(twoParagraphs?.spans).toHaveLength(2);
    expect(twoParagraphs?.text).toBe(
      'The first pump failed in October.\n\nThe second one failed in November, and nobody came',
    );
  });

  it('merges "Minister Ama Osei", "Ama Osei" and "Osei" into one speaker with aliases and the role Minister', () => {
    const article = ingest('harbour.txt', HARBOUR);
    const osei = article.speakers.filter((s) => /Osei/.test(s.name));
    expect(osei).toHaveLength(1);
    expect(osei[0]).toMatchObject({ name: 'Ama Osei', role: 'Minister', kind: 'person', quoteCount: 3 });
    expect(osei[0]?.aliases).toEqual(expect.arrayContaining(['Osei', 'Minister Ama Osei']));
    expect(article.speakers.map((s) => s.name).sort()).toEqual(['Ama Osei', 'Tobias Renner']);
  });

  it('resolves "he" to the subject of the sentence before, not to whom that subject praised', () => {
    const article = ingest('praise.txt', [
      'Mayor Jonathan Mills praised Kevin Ortiz for coming despite the storm.',
      'He said: “I want to thank our guest for his courage. We have all been tested this year.”',
      'Stags head coach Tomas Brandt met Kevin Ortiz after the game.',
      '“We were lucky,” he said.',
    ]);
    const said = whoSaid(article);
    expect(said['I want to thank our guest for his courage. We have all been tested this year.']).toBe(
      'Jonathan Mills',
    );
    // A team and a role before the name are no subject of their own.
    expect(said['We were lucky']).toBe('Tomas Brandt');
  });

  it('takes "the official" for the office holder the sentence before was about, whatever the office', () => {
    const article = ingest('official.txt', [
      '“Nobody is resigning,” declares the government spokesperson Ana Roy.',
      'The official made it known that the cabinet was united.',
      'Invited on the radio on Friday, she stressed that the ministers trusted each other.',
    ]);
    const said = whoSaid(article);
    expect(said['the cabinet was united']).toBe('Ana Roy');
    expect(said['the ministers trusted each other']).toBe('Ana Roy');
    expect(article.speakers.map((s) => s.name)).toEqual(['Ana Roy']);
  });

  it('takes "the president", where two presidents were named, for the one the sentence before was about', () => {
    const article = ingest('presidents.txt', [
      'President Alan Tully received a message from President Ben Okoro.',
      'Tully welcomed the message and thanked President Okoro for the gesture.',
      'The president observed that the two countries faced the same floods.',
    ]);
    expect(whoSaid(article)['the two countries faced the same floods']).toBe('Alan Tully');
  });

  it('keeps a quote with the speaker before it past whom that speaker told ("he told Radio Ashby")', () => {
    const article = ingest('told-radio.txt', [
      'Tom Reed, the mayor, spoke on Monday.\n“We had a wonderful week,” he told Radio Ashby.\n“Nobody expected this many visitors.”',
    ]);
    expect(whoSaid(article)['Nobody expected this many visitors.']).toBe('Tom Reed');
  });

  it('takes a short sentence after a quote for its cue, with the cue’s own phrases: “…” The company said in a press release.', () => {
    const article = ingest('release.txt', [
      'Ashby Motors said sales rose in the quarter.',
      '“Demand for the small vans was strong,” said Dana Kell, an analyst at Harlow Research.',
      '“We won new customers this year. Our order book is full.” The company said in a news release.',
      '“We lost.” Ana Roy said the ferry had lost money.',
    ]);
    const said = whoSaid(article);
    expect(said['We won new customers this year. Our order book is full.']).toBe('Ashby Motors');
    // The cue the reader highlights is that sentence.
    expect(article.quotes.find((q) => q.text.startsWith('We won'))?.cue?.text).toBe('The company said');
    // A sentence of its own after the quote is no cue of it.
    expect(said['We lost.']).not.toBe('Ana Roy');
  });

  it('takes "The company" opening a sentence for the company the story named, as "the company" is', () => {
    const article = ingest('company.txt', [
      'Harbour Foods reported its results on Tuesday, and its chief executive, Ana Roy, was upbeat.',
      'The company says sales of its own brands rose 14 per cent in the quarter.',
    ]);
    expect(whoSaid(article)['sales of its own brands rose 14 per cent in the quarter']).toBe('Harbour Foods');
    expect(article.speakers.map((s) => s.name)).not.toContain('The company');
  });

  it('gives words quoted as someone’s remark to that someone, whoever the sentence is about', () => {
    const article = ingest('remark.txt', [
      "Governor Raj Patel on Friday called Mayor Ben Ford's remark “I am lucky to be here” a stunt.",
    ]);
    expect(whoSaid(article)['I am lucky to be here']).toBe('Ben Ford');
    // Words that only characterise the remark are the speaker's own.
    const branded = ingest('branded.txt', ["Ana Roy branded Ben Ford's statement “a pack of lies” on Tuesday."]);
    expect(whoSaid(branded)['a pack of lies']).not.toBe('Ben Ford');
  });

  it('takes no photo credit for a speaker’s label or signature: "Ana Roy (AFP)", "- Ben Cole, Reuters, Leeds"', () => {
    const article = ingest('credits.txt', [
      'Pictures of the week',
      'Ana Roy (AFP)',
      '“It was the best day of my life.”',
      '“We will be back next year.”',
      '- Ben Cole, Reuters, Leeds',
    ]);
    const said = whoSaid(article);
    expect(said['It was the best day of my life.']).not.toBe('Ana Roy');
    expect(said['We will be back next year.']).not.toBe('Ben Cole');
  });

  it('does not give words a person received to that person', () => {
    const article = ingest('reply.txt', [
      "The chief executive Ana Roy cut off one analyst. Dana Kell of Harbour Securities, who asked next, got an equally short answer when she raised costs: 'No, this is so boring. It is putting me to sleep.'",
    ]);
    expect(whoSaid(article)['No, this is so boring. It is putting me to sleep.']).not.toBe('Dana Kell');
  });

  it('resolves "she" and "he" to the person of that gender, not simply the last one named', () => {
    // Ms and Mr give the gender: Olsen is named last, yet "she" is Quist.
    expect(whoSaid(ingest('flood.txt', FLOOD))).toMatchObject({
      'We were promised dry cellars by autumn': 'Nadia Quist',
      'The spare parts arrive next week': 'Pim Olsen',
    });
    // The name ending gives it: Marco Venn is named last, Lucia Ferri is the "she".
    expect(whoSaid(ingest('library.txt', LIBRARY))).toMatchObject({
      'I want every child in this town to have a library card by Christmas': 'Lucia Ferri',
    });
  });

  it('resolves "the minister said" to the person introduced as minister, though someone else was named since', () => {
    expect(whoSaid(ingest('harbour.txt', HARBOUR))).toEqual({
      'Every boat that docks here must pay its share': 'Ama Osei',
      'This levy will empty the marina by summer': 'Tobias Renner',
      'We have listened to the skippers for a year': 'Ama Osei',
      'Nobody asked the sailing clubs': 'Tobias Renner',
      'They stay free until April': 'Ama Osei',
    });
  });

  it('turns a tweet embed into a tweet quote by the person whose surname is in the handle', () => {
    const article = ingest('library.txt', LIBRARY);
    const venn = article.speakers.find((s) => s.name === 'Marco Venn');
    expect(venn).toMatchObject({ handle: 'venn_reads', tweetCount: 1, role: 'Head librarian' });
    const tweetQuote = article.quotes.find((q) => q.kind === 'tweet');
    expect(tweetQuote).toMatchObject({ text: 'The shelves are full again. Come and see!', speakerId: venn?.id });
    expect(article.tweets).toHaveLength(1);
    expect(article.tweets[0]).toMatchObject({
      handle: 'venn_reads',
      displayName: 'Friends of the Library',
      speakerId: venn?.id,
      date: '2023-03-03',
    });
    // The display name does not become a speaker of its own.
    expect(article.speakers.map((s) => s.name)).not.toContain('Friends of the Library');
  });

  it('lists a person named only inside a quote under mentions, not speakers', () => {
    const article = ingest('library.txt', LIBRARY);
    expect(article.speakers.map((s) => s.name)).not.toContain('Gregor Pahl');
    expect(article.mentions).toEqual([expect.objectContaining({ name: 'Gregor Pahl', aliases: ['Pahl'] })]);
  });

  it('keeps quote ids when an unrelated paragraph is added to the article', () => {
    const idsByText = (a: Article) => Object.fromEntries(a.quotes.map((q) => [q.text, q.id]));
    const before = ingest('harbour.txt', HARBOUR);
    const withExtra = [
      ...HARBOUR.slice(0, 2),
      'The harbour has 340 berths and a small fuel dock.',
      ...HARBOUR.slice(2),
    ];
    const after = ingest('harbour.txt', withExtra);
    expect(after.blocks).toHaveLength(before.blocks.length + 1);
    expect(idsByText(after)).toEqual(idsByText(before));
    expect(new Set(before.quotes.map((q) => q.id)).size).toBe(before.quotes.length);
  });

  it('does not take a scare quote (the so-called “green deal”) for a quote', () => {
    const article = ingest('library.txt', LIBRARY);
    expect(article.quotes.map((q) => q.text)).not.toContainEqual(expect.stringContaining('green deal'));
    expect(article.quotes.map((q) => q.kind).sort()).toEqual(['direct', 'direct', 'tweet']);
  });
});

describe('attributeQuotes through ingestText: bodies, tweets and counts', () => {
  const speakerOf = (article: Article, text: string) => {
    const quote = article.quotes.find((q) => q.text.startsWith(text));
    return article.speakers.find((s) => s.id === quote?.speakerId);
  };

  it('gives "The White House said in a statement that …" to the White House, as an organisation', () => {
    const article = ingest('tariffs.txt', [
      'Shipyards welcome tariffs',
      'The White House said in a statement that the new tariffs would protect local shipyards.',
    ]);
    expect(speakerOf(article, 'the new tariffs would protect')).toMatchObject({
      name: 'The White House',
      kind: 'organisation',
    });
  });

  it('does not give "According to the Budget Office, …" to a person whose role mentions that office', () => {
    const article = ingest('deficit.txt', [
      'Deficit to double',
      'Greta Solberg, the director of the Budget Office, presented the accounts on Monday.',
      'According to the Budget Office, the deficit will double by next spring.',
    ]);
    const speaker = speakerOf(article, 'the deficit will double');
    expect(speaker).toBeDefined();
    expect(speaker?.name).not.toBe('Greta Solberg');
    expect(speaker?.kind).toBe('organisation');
  });

  const FERRY = [
    'Island ferries saved',
    'Lena Voss, the member for the coast, backed the plan on Tuesday. “The ferries are a lifeline,” Voss said.',
    'The ferries must keep running for every island family. pic.twitter.com/Ab12Cd – Lena Voss (@LenaVossMP) May 2, 2024',
  ];

  it('links a tweet embed to the speaker the article already names', () => {
    const article = ingest('ferry.txt', FERRY);
    const voss = article.speakers.filter((s) => s.name === 'Lena Voss');
    expect(voss).toHaveLength(1);
    expect(article.tweets).toHaveLength(1);
    expect(article.tweets[0]?.speakerId).toBe(voss[0]?.id);
    expect(article.quotes.find((q) => q.kind === 'tweet')?.speakerId).toBe(voss[0]?.id);
  });

  it('counts a speaker’s tweets in tweetCount, not in quoteCount', () => {
    const voss = ingest('ferry.txt', FERRY).speakers.find((s) => s.name === 'Lena Voss');
    expect(voss).toMatchObject({ quoteCount: 1, tweetCount: 1 });
  });

  it('ingests a 1 MB article of repeated quoted paragraphs without error', { timeout: 60_000 }, () => {
    const paragraph =
      'Councillor Ines Falk opened the meeting. “The depot must close by March,” Falk said. Tomas Berg, a bus driver, disagreed. “We were never asked,” he said.';
    const paragraphs = ['Depot row'];
    let size = 0;
    while (size < 1_000_000) {
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const article = ingest('depot.txt', paragraphs);
    expect(article.quotes.length).toBeGreaterThanOrEqual(2 * (paragraphs.length - 1));
    expect(article.speakers.map((s) => s.name).sort()).toEqual(['Ines Falk', 'Tomas Berg']);
  });
});

describe('attributeQuotes through ingestText: role phrases as aliases', () => {
  it('lists "the harbour minister" among the aliases of the person with that role, as the text writes it', () => {
    const text = file(
      'Harbour Minister Ama Osei opened the new quay on Friday. “It took ten years,” Osei said.',
      'Later the Harbour Minister toured the fish market.',
    );
    const result = ingestText('quay.txt', text);
    if (!result.ok) throw new Error(result.error);
    const osei = result.article.speakers.find((s) => s.name === 'Ama Osei');
    expect(osei?.role).toBe('Harbour Minister');
    expect(osei?.aliases).toContain('the Harbour Minister');
  });
});

describe('attributeQuotes through ingestText: a quote that ends its own sentence', () => {
  it("does not take the next sentence's subject and verb for its cue", () => {
    const text = file(
      'The two candidates, Sarah Lind and Maria Costa, met on Sunday. “It was a mistake,” Costa said. “I would reopen it in my first year.” Lind said the ferry had lost money for a decade.',
    );
    const result = ingestText('debate.txt', text);
    if (!result.ok) throw new Error(result.error);
    const { quotes, speakers } = result.article;
    const nameOf = (id: string | null) => speakers.find((s) => s.id === id)?.name;
    const reopen = quotes.find((q) => q.text.startsWith('I would reopen'));
    expect(nameOf(reopen?.speakerId ?? null)).toBe('Maria Costa');
    const ferry = quotes.find((q) => q.text.startsWith('the ferry'));
    expect(ferry?.kind).toBe('reported');
    expect(nameOf(ferry?.speakerId ?? null)).toBe('Sarah Lind');
  });

  it('reads titles joined before a name as part of the cue: "chairman, president & CEO Ben Smith said"', () => {
    const article = ingest('earnings.txt', [
      'Harbor Tools posts a profit',
      'Harbor Tools posted a profit on Tuesday.',
      '“We are pleased with our progress,” chairman and CEO Dana Whitfield said in prepared remarks.',
      '“Margins held up,” chairman, president & CEO Omar Haddad said.',
      '“The mayor and the council said no,” Whitfield added.',
    ]);
    const said = whoSaid(article);
    expect(said['We are pleased with our progress']).toBe('Dana Whitfield');
    expect(said['Margins held up']).toBe('Omar Haddad');
    expect(article.speakers.map((s) => s.name).sort()).toEqual(['Dana Whitfield', 'Omar Haddad']);
  });

  it('takes the next sentence for its cue when a comma after the verb leaves it nothing to report', () => {
    const article = ingest('council.txt', [
      'Council sits again',
      'Grace Okafor chaired the council for the first time on Monday, with Luis Brandt beside her.',
      '“Can we open a night shelter before the frost?” Okafor said, when asked about her first priority. “We have to start with housing.”',
      '“The budget is tight,” Brandt said. “Every ward wants a pool.”',
      'Okafor replied, “We will find the money.”',
    ]);
    const said = whoSaid(article);
    expect(said['Can we open a night shelter before the frost?']).toBe('Grace Okafor');
    expect(said['We have to start with housing.']).toBe('Grace Okafor');
    // "Okafor replied, “…" opens the next quote: it is no cue of Brandt's.
    const pool = article.quotes.find((q) => q.text === 'Every ward wants a pool.');
    expect(pool?.cue?.text).not.toBe('Okafor replied');
    expect(said['Every ward wants a pool.']).toBe('Luis Brandt');
  });
});
