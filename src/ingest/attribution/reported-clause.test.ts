import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Range } from '../text/sentences';
import { tokenize } from './clause-words';
import { findSentenceSpeech } from './find-sentence-speech';
import { mayReportClause, reportedClauses } from './reported-clause';
import { takes, VERB_FORMS } from './reporting-verbs';

const isClauseVerbForm = (word: string) => {
  const v = VERB_FORMS.get(word)?.verb;
  return v !== undefined && (takes(v, 'that') || takes(v, 'bare') || takes(v, 'wh'));
};

/** The reported items of a text: the words each covers and who says them ("<parent>" when it continues another). */
function reported(text: string, quoted: Range[] = []) {
  const items = findSentenceSpeech(0, text, quoted);
  return items.map((it) => ({
    words: it.spans.map((s) => text.slice(s.start, s.end)).join(' … '),
    speaker: it.parent ? '<parent>' : it.speakerPhrase,
    kind: it.kind,
  }));
}
const quoteIn = (text: string): Range[] => [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }];

describe('reported speech without "that"', () => {
  it('reads the clause whatever word opens it', () => {
    expect(reported('Harding said when the ferry stopped, the shops on the island lost half their trade.')).toEqual([
      {
        words: 'when the ferry stopped, the shops on the island lost half their trade',
        speaker: 'Harding',
        kind: 'reported',
      },
    ]);
    expect(reported('The mayor said 40 families had been moved to the school gym.')).toEqual([
      { words: '40 families had been moved to the school gym', speaker: 'The mayor', kind: 'reported' },
    ]);
  });

  it('reads plural and present forms, with unnamed sources as subjects', () => {
    expect(reported('Residents say the lane floods every spring.')).toEqual([
      { words: 'the lane floods every spring', speaker: 'Residents', kind: 'reported' },
    ]);
    expect(
      reported('A spokesperson for the airline said the flight had been delayed by a bird strike.')[0],
    ).toMatchObject({ words: 'the flight had been delayed by a bird strike', kind: 'reported' });
  });

  it('reads a bare plural or a body named by its noun after "and" as the subject: "…, and police said …"', () => {
    expect(reported('The river burst its banks, and police said two roads were closed.')).toEqual([
      { words: 'two roads were closed', speaker: 'police', kind: 'reported' },
    ]);
    expect(
      reported(
        'The gale brought down lines overnight, and utility crews warned it could be days before power returns.',
      ),
    ).toEqual([{ words: 'it could be days before power returns', speaker: 'utility crews', kind: 'reported' }]);
  });

  it('skips the addressee and phrases of time and place between the verb and its clause', () => {
    expect(
      reported('Okafor told the tribunal during the hearing in May that she had warned her manager twice.'),
    ).toEqual([{ words: 'she had warned her manager twice', speaker: 'Okafor', kind: 'reported' }]);
    expect(reported('The agency said in a statement it had sent four inspectors to the mill.')).toEqual([
      { words: 'it had sent four inspectors to the mill', speaker: 'The agency', kind: 'reported' },
    ]);
  });

  it('needs a finite verb after verbs that also take a noun: "admitted the error" reports nothing', () => {
    expect(reported('Brandt admitted the error.')).toEqual([]);
    expect(reported('Brandt admitted the figures had been rounded up.')).toEqual([
      { words: 'the figures had been rounded up', speaker: 'Brandt', kind: 'reported' },
    ]);
  });

  it('reads nothing after a passive, a negation, an infinitive or a word that is no clause', () => {
    expect(reported('The company was told the permit had expired.')).toEqual([]);
    expect(reported('He would not say whether the mill would close.')).toEqual([]);
    // A headline's present tense refuses too.
    expect(reported('Harbour chief declines to say if the ferry was at fault.')).toEqual([]);
    expect(reported('The club refuses to say whether the coach will stay.')).toEqual([]);
    expect(reported('Voters agreed to raise the school levy next year.')).toEqual([]);
    expect(reported('Critics urged the council to delay the vote until autumn.')).toEqual([]);
    expect(reported('Ostrander said goodbye to the crew at the harbour.')).toEqual([]);
    expect(
      reported(
        '“We did what we could,” he said a moment later.',
        quoteIn('“We did what we could,” he said a moment later.'),
      ),
    ).toEqual([]);
  });
});

describe('a clause opened by a subject and its verb in one word', () => {
  it('reads "it\'s", "there’s", "he\'d" as the start of a clause, counting them as two words', () => {
    expect(reported("Ferry officials said it's likely the delays will last.")).toEqual([
      { words: "it's likely the delays will last", speaker: 'Ferry officials', kind: 'reported' },
    ]);
    expect(reported('Ms Dunn said there’s no risk.')).toEqual([
      { words: 'there’s no risk', speaker: 'Ms Dunn', kind: 'reported' },
    ]);
    expect(reported("The mayor said he'd resign.")).toEqual([
      { words: "he'd resign", speaker: 'The mayor', kind: 'reported' },
    ]);
  });

  it('does not take a possessive for a contraction: "Roy’s aide said"', () => {
    expect(reported('He said Roy’s.')).toEqual([]);
  });
});

describe('words between the subject, the verb and the clause', () => {
  it('passes an adverb of time between the auxiliary and the verb: "He had earlier said"', () => {
    expect(reported('He had earlier said seven guards were dead.')).toEqual([
      { words: 'seven guards were dead', speaker: 'He', kind: 'reported' },
    ]);
  });

  it('gives a second verb after "and" the subject that opens the sentence: a description or a group', () => {
    expect(reported('The club is rebuilding the stand, and said it was thankful for the help.')).toEqual([
      { words: 'it was thankful for the help', speaker: 'The club', kind: 'reported' },
    ]);
    expect(reported('Witnesses described the crash and said US marshals were there.')).toEqual([
      { words: 'US marshals were there', speaker: 'Witnesses', kind: 'reported' },
    ]);
  });

  it('steps over a phrase between commas after the verb: "said, despite the fall in prices, the group was sound"', () => {
    expect(reported('Mr Brook said, despite the fall in prices, the group was sound.')).toEqual([
      { words: 'the group was sound', speaker: 'Mr Brook', kind: 'reported' },
    ]);
  });

  it('gives the words to the name before an apposition left without its closing comma', () => {
    expect(reported('Eli Tay, a child psychologist at the Harbour Clinic said that the results were mixed.')).toEqual([
      { words: 'the results were mixed', speaker: 'Eli Tay', kind: 'reported' },
    ]);
    expect(reported('In Leeds, the mayor said the plan was dead.')).toEqual([
      { words: 'the plan was dead', speaker: 'the mayor', kind: 'reported' },
    ]);
  });
});

describe('a cue that closes the sentence', () => {
  it('gives the whole sentence, an earlier report included, to the speaker of the closing cue', () => {
    expect(reported('Lab checks revealed the well was clean, spokesperson Ria Lund told the Courier.')).toEqual([
      { words: 'Lab checks revealed the well was clean', speaker: 'spokesperson Ria Lund', kind: 'reported' },
    ]);
  });
});

describe('a description that opens the sentence', () => {
  it('keeps an adjective after an article inside it, and leaves the auxiliary out: "The head of a struggling club has said"', () => {
    expect(reported('The head of a struggling football club has said the loss is a blow.')).toEqual([
      { words: 'the loss is a blow', speaker: 'The head of a struggling football club', kind: 'reported' },
    ]);
  });

  it('takes the opening noun, not the object of a preposition, for the subject: "Shoppers questioned outside the market said"', () => {
    expect(reported('Shoppers questioned outside the market said the roof had leaked.')).toEqual([
      { words: 'the roof had leaked', speaker: 'Shoppers', kind: 'reported' },
    ]);
  });
});

describe('clauses that open with an -ing word, and speech in a relative clause', () => {
  it('reads a clause whose subject opens with an -ing word, with or without "that"', () => {
    expect(reported('Ana Roy said rising costs had hit profits.')).toEqual([
      { words: 'rising costs had hit profits', speaker: 'Ana Roy', kind: 'reported' },
    ]);
    expect(reported('The head teacher added that missing a lesson was a concern.')).toEqual([
      { words: 'missing a lesson was a concern', speaker: 'The head teacher', kind: 'reported' },
    ]);
    expect(reported('Ana Roy said nothing.')).toEqual([]);
  });

  it('gives "who said" to the name or group before it, whatever stands before them', () => {
    expect(reported('The point was raised by councillor Dina Jones, who said she was worried.')).toEqual([
      { words: 'she was worried', speaker: 'Dina Jones', kind: 'reported' },
    ]);
    expect(reported('There were parents who said the teachers had left.')).toEqual([
      { words: 'the teachers had left', speaker: 'parents', kind: 'reported' },
    ]);
  });

  it('reads "hit back saying" as a participle that reports', () => {
    expect(reported('Dina Jones hit back saying the remarks were unfair.')).toEqual([
      { words: 'the remarks were unfair', speaker: 'Dina Jones', kind: 'reported' },
    ]);
  });
});

describe('the subject of a plain present', () => {
  it('agrees with the verb: a singular noun before "say" or "feel" ends a phrase inside a plural subject', () => {
    expect(reported('Doctors not involved in the trial believe that the dose was too high.')).toEqual([
      { words: 'the dose was too high', speaker: 'Doctors', kind: 'reported' },
    ]);
    expect(reported('Officials in the city say the road will reopen.')).toEqual([
      { words: 'the road will reopen', speaker: 'Officials in the city', kind: 'reported' },
    ]);
  });

  it('keeps a body or a group with the plural verb British English gives it: "the council say"', () => {
    expect(reported('After the vote the council say that the road will reopen.')).toEqual([
      { words: 'the road will reopen', speaker: 'the council', kind: 'reported' },
    ]);
    expect(reported('In a statement the family say the driver was never found.')).toEqual([
      { words: 'the driver was never found', speaker: 'the family', kind: 'reported' },
    ]);
  });
});

describe('reported speech in other shapes', () => {
  it('reads a clause that holds a short quotation as one reported quote', () => {
    const text = 'Ruiz said she wanted to “move on” quickly after the vote.';
    expect(reported(text, quoteIn(text))).toEqual([
      { words: 'she wanted to “move on” quickly after the vote', speaker: 'Ruiz', kind: 'reported' },
    ]);
  });

  it('reads a clause after "how" ("noted how …"), but not an infinitive ("explained how to apply")', () => {
    expect(reported('The coroner noted how the boy had been found by his father.')).toEqual([
      { words: 'how the boy had been found by his father', speaker: 'The coroner', kind: 'reported' },
    ]);
    expect(reported('The council explained how to apply for the grant.')).toEqual([]);
  });

  it('reads past an aside between "that" and its clause', () => {
    expect(reported('The council said that, like every other year, the governor was invited.')).toEqual([
      { words: 'the governor was invited', speaker: 'The council', kind: 'reported' },
    ]);
  });

  it('reads "made it clear that" as a report, but not "made sure that" or "made that week"', () => {
    expect(reported('The coach made it clear on Friday that the captain would start.')).toEqual([
      { words: 'the captain would start', speaker: 'The coach', kind: 'reported' },
    ]);
    expect(reported('Dana Ruiz made plain that she would not stand again.')).toEqual([
      { words: 'she would not stand again', speaker: 'Dana Ruiz', kind: 'reported' },
    ]);
    expect(reported('The coach made sure that the captain would start.')).toEqual([]);
    expect(reported('The changes the board made that week were small.')).toEqual([]);
  });

  it('gives a participle the subject of the sentence: ", saying …", ", adding that …"', () => {
    expect(reported('The union rejected the offer, saying the raise did not cover inflation.')).toEqual([
      { words: 'the raise did not cover inflation', speaker: 'The union', kind: 'reported' },
    ]);
    const text = '“We will appeal,” Marsh said, adding that the ruling ignored the evidence.';
    expect(reported(text, [{ start: 0, end: text.indexOf('”') + 1 }])).toEqual([
      { words: 'the ruling ignored the evidence', speaker: 'Marsh', kind: 'reported' },
    ]);
  });

  it('reads a cue after the clause: ", police said Saturday.", ", the company said in a statement."', () => {
    expect(reported('Nobody was hurt in the fire, police said Saturday.')).toEqual([
      { words: 'Nobody was hurt in the fire', speaker: 'police', kind: 'reported' },
    ]);
    expect(reported('The plant will close in March, the company said in a statement.')).toEqual([
      { words: 'The plant will close in March', speaker: 'the company', kind: 'reported' },
    ]);
  });

  it('gives the words to the speaker, not to the medium that relays them: ", she said, …, local media reported."', () => {
    expect(
      reported(
        'The port will reopen on Monday, Harbour Minister Ines Vold said, speaking in Tarrow, local media reported.',
      ),
    ).toEqual([{ words: 'The port will reopen on Monday', speaker: 'Harbour Minister Ines Vold', kind: 'reported' }]);
  });

  it('reads "according to" before, after or inside the sentence', () => {
    expect(reported('The toll raised about $60 million a year, according to budget documents.')).toEqual([
      { words: 'The toll raised about $60 million a year', speaker: 'budget documents', kind: 'reported' },
    ]);
    expect(reported('The bridge, according to the engineers, had been rusting for years.')).toEqual([
      { words: 'The bridge … had been rusting for years', speaker: 'the engineers', kind: 'reported' },
    ]);
  });

  it('gives what a document says to the body that issued it, when the text names that body', () => {
    expect(reported('The levy raises about $310 a home, according to figures from the county treasury.')).toEqual([
      { words: 'The levy raises about $310 a home', speaker: 'the county treasury', kind: 'reported' },
    ]);
    expect(reported('Appeals usually take a year, according to its latest annual report.')[0]?.speaker).toBe('it');
  });

  it('keeps "said that … and that …" whole, and splits at a second verb that shares the subject', () => {
    expect(reported('Nkemelu said that the vote was close and that a recount was likely.')).toEqual([
      { words: 'the vote was close and that a recount was likely', speaker: 'Nkemelu', kind: 'reported' },
    ]);
    expect(reported('Nkemelu said the vote was close, but denied that a recount was planned.')).toEqual([
      { words: 'the vote was close', speaker: 'Nkemelu', kind: 'reported' },
      { words: 'a recount was planned', speaker: '<parent>', kind: 'reported' },
    ]);
  });

  it('gives a relative clause with its own verb to the name before it', () => {
    expect(reported('Okoro says he has called Paul Venn, who assured him that crews were on their way.')).toEqual([
      { words: 'he has called Paul Venn', speaker: 'Okoro', kind: 'reported' },
      { words: 'crews were on their way', speaker: 'Paul Venn', kind: 'reported' },
    ]);
  });

  it('reads "was quoted as saying", "her statement said" and "asked whether"', () => {
    expect(reported('Vance was quoted as saying the merger was dead.')).toEqual([
      { words: 'the merger was dead', speaker: 'Vance', kind: 'reported' },
    ]);
    expect(reported('Her statement said the school would reopen on Monday.')).toEqual([
      { words: 'the school would reopen on Monday', speaker: 'Her statement', kind: 'reported' },
    ]);
    expect(reported('A reporter asked whether the minister would resign.')).toEqual([
      { words: 'the minister would resign', speaker: 'A reporter', kind: 'reported' },
    ]);
  });

  it('ends a report made inside a relative clause where the main clause resumes, and not at an apposition', () => {
    expect(reported('The minister, who said last year that taxes would fall, has now raised them.')).toEqual([
      { words: 'taxes would fall', speaker: 'The minister', kind: 'reported' },
    ]);
    expect(
      reported('Hale conceded that the bill, drafted in a hurry, was flawed, but insisted that it would pass.'),
    ).toEqual([
      { words: 'the bill, drafted in a hurry, was flawed', speaker: 'Hale', kind: 'reported' },
      { words: 'it would pass', speaker: '<parent>', kind: 'reported' },
    ]);
  });

  it('reads a clause after the verb\'s own phrases and a comma: "she explained afterwards to reporters, there is …"', () => {
    expect(reported('This time, she explained afterwards to reporters, there is nothing left to negotiate.')).toEqual([
      { words: 'there is nothing left to negotiate', speaker: 'she', kind: 'reported' },
    ]);
  });

  it('reads nothing in narration that uses the same words for other things', () => {
    expect(reported('Investigators found the car abandoned near the border.')).toEqual([]);
    expect(reported('Reports that the mayor had resigned were false.')).toEqual([]);
    expect(reported('She held that position for nine years.')).toEqual([]);
    expect(reported('Critics call the scheme a giveaway to landlords.')).toEqual([]);
    expect(reported('The company reported a loss of 3 million euros in the quarter.')).toEqual([]);
    expect(reported('The club confirmed the signing of a new striker.')).toEqual([]);
  });

  it('reads a clause with a relative clause inside it after "said"', () => {
    expect(reported('The mayor said the plan, which critics call rushed, would cost more.')).toEqual([
      { words: 'the plan, which critics call rushed, would cost more', speaker: 'The mayor', kind: 'reported' },
    ]);
  });

  it('stays linear on a paragraph that is one long sentence', () => {
    const text =
      Array.from(
        { length: 4000 },
        () => 'the mayor said the plan would cost more, adding that residents were angry',
      ).join(', and ') + '.';
    const started = performance.now();
    expect(findSentenceSpeech(0, text, []).length).toBe(8000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('the cue of a quote is no reported clause (these sentences are not tokenised)', () => {
  it('passes over a verb inside the marks, right after them, or ending the sentence', () => {
    for (const text of [
      '“We told them twice that the pier was closed,” she said.',
      '“The pier stays shut,” said Oren Valk, the harbour master.',
      '“The pier stays shut”, said Oren Valk.',
    ])
      expect(reported(text, quoteIn(text))).toEqual([]);
  });

  it('still reads a clause after the cue', () => {
    const text = '“The pier stays shut,” Ann Roy said on Monday, adding that the ferry would run from the beach.';
    expect(reported(text, quoteIn(text))).toEqual([
      { words: 'the ferry would run from the beach', speaker: 'Ann Roy', kind: 'reported' },
    ]);
  });
});

describe('mayReportClause', () => {
  // Words that steer clauseAfter (verbs, of "say" too, "that", "whether", auxiliaries and
  // contractions, irregular and "-ed" pasts, pronouns, determiners, prepositions, names, numbers with
  // a comma inside, marks that stop a clause or open a quote), and more often plain words that are
  // none of these, so that a clause often has no sign but the one under test.
  const STEERING =
    "said says say told warned insisted added promised asked admitted denies that whether if however also is was had will didn't it's went cost stopped he they the a his police reporters in on at during to of about Ana Roy Monday 41,000 2020 , ; : . “ ” \" ’ ‘ — ( ) so-called U.S. well-known".split(
      ' ',
    );
  const PLAIN = 'bus plan runs money city late very town board rain keeps nurses work'.split(' ');
  const word = fc.oneof(
    { arbitrary: fc.constantFrom(...STEERING), weight: 1 },
    { arbitrary: fc.constantFrom(...PLAIN), weight: 2 },
  );
  /** Words, mostly with a space between (now and then glued: "saidtold", "bus,"). */
  const words = (maxLength: number) =>
    fc
      .array(fc.tuple(word, fc.integer({ min: 0, max: 5 })), { maxLength })
      .map((list) => list.map(([w, space], i) => (i > 0 && space > 0 ? ' ' : '') + w).join(''));
  // Any words, and the shape of a report: a subject, a verb, a few words, what may open the clause, the clause.
  const sentence = fc.oneof(
    words(16).filter((s) => s.length > 0),
    fc
      .tuple(
        fc.constantFrom('Ana Roy', 'Police', 'The board', 'He', 'A nurse'),
        fc.constantFrom(
          'said',
          'says',
          'told',
          'warned',
          'insisted',
          'added',
          'promised',
          'asked',
          'admitted',
          'denies',
        ),
        words(3),
        fc.constantFrom('that', 'whether', 'if', ',', '', ', however,', ', too,'),
        words(8),
      )
      .map((parts) => parts.filter(Boolean).join(' ')),
  );
  /** Every run of ASCII letters, lower-cased, as the paragraph's word scan finds them. */
  const runsOf = (text: string) =>
    [...text.matchAll(/[A-Za-z]+/g)].map((m) => ({
      word: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
    }));

  it('is true for every sentence in which reportedClauses finds a clause', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const words = runsOf(s);
        const clauses = reportedClauses(s, 0, tokenize(s, 0, s.length, words), () => false);
        if (clauses.length) expect(mayReportClause(s, words, s.length), s).toBe(true);
      }),
      { seed: 11, numRuns: 30000 },
    );
  });

  // The sentence rule hands over only the verbs that may open a clause (not the verbs of a quote, nor
  // a quote's cue): the sign must then stand after the verb that reports the clause, not merely after
  // the sentence's first verb. (Checked from the last clause verb before the first clause: later than
  // or at the verb that reports it, so a stricter test.)
  it('is true from the verb that reports the first clause on', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const words = runsOf(s);
        const clauses = reportedClauses(s, 0, tokenize(s, 0, s.length, words), () => false);
        if (!clauses.length) return;
        const verbs = words.filter((w) => w.end <= clauses[0]!.clauseStart && isClauseVerbForm(w.word));
        const from = verbs[verbs.length - 1]!.start;
        expect(
          mayReportClause(
            s,
            words.filter((w) => w.start >= from),
            s.length,
          ),
          s,
        ).toBe(true);
      }),
      { seed: 11, numRuns: 30000 },
    );
  });

  it('turns away a sentence whose verbs have no clause after them', () => {
    const s = 'The council, in a long debate, promised 7 million euros for the repairs.';
    expect(mayReportClause(s, runsOf(s), s.length)).toBe(false);
    const t = '“We will stay,” she said at the end.';
    expect(mayReportClause(t, runsOf(t), t.length)).toBe(false);
  });
});
