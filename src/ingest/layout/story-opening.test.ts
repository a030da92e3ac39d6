import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES } from './page-furniture';
import { FURNITURE_FIRST_WORDS, opensLikeStory, opensWithQuotationMark } from './story-opening';

// The rules a story opening skips: none of them may match a paragraph that opensLikeStory passes.
const SKIPPED = FURNITURE_RULES.filter((r) => !r.mayOpenLikeStory);
const skippedRuleMatching = (p: string) => SKIPPED.find((r) => r.pattern.test(p))?.name ?? null;

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const caseVariants = (text: string) => [text, text.toLowerCase(), text.toUpperCase(), capitalised(text.toLowerCase())];

describe('opensLikeStory', () => {
  it.each([
    'The ferry left the harbour at dawn, an hour late.',
    'Councillors voted to close the pier on Friday.',
    'HARBOURTON – The ferry left the harbour at dawn.',
    'Costa replied that the figures had been checked.',
    'More than 300 passengers waited on the quay.',
    'A spokeswoman for the port said the crossing would resume.',
  ])('passes story text: %j', (paragraph) => {
    expect(opensLikeStory(paragraph)).toBe(true);
  });

  it.each([
    ['a name', 'Lena Marsh said the ferry was late.'],
    ['a quotation', '“We waited for hours,” she said.'],
    ['a furniture word', 'Share prices rose after the vote.'],
    ['the words a furniture line opens with after "The"', 'The article continues below.'],
    ['a word before "most read"', 'Politics most read'],
    ['a second word going on in other letters', 'The moſt read'],
    ['a long furniture word', 'Advertisement revenue fell in the quarter.'],
    ['a digit', '3 min read'],
  ])('leaves %s to the rules', (_name, paragraph) => {
    expect(opensLikeStory(paragraph)).toBe(false);
  });

  it('never passes a paragraph that a skipped rule marks: the rules’ own examples, in every case', () => {
    for (const rule of SKIPPED) {
      for (const text of caseVariants(rule.example)) {
        if (rule.pattern.test(text)) expect(opensLikeStory(text), `${rule.name}: ${text}`).toBe(false);
      }
    }
  });

  it('never passes a paragraph that a skipped rule marks: each rule’s words as openings of its example', () => {
    // The words of a rule's pattern, one by one and in pairs ("more coverage"), put in place of its
    // example's first word or two: lines the rule may mark that its example does not show.
    for (const rule of FURNITURE_RULES) {
      const words = rule.pattern.source.match(/[A-Za-z]+/g) ?? [];
      const openings = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
      const [, ...rest] = rule.example.split(' ');
      const endings = ['', rest.join(' '), rest.slice(1).join(' '), `: ${rest.join(' ')}`, ` ${rest.join(' ')}`];
      for (const opening of openings) {
        for (const ending of endings) {
          for (const text of [`${opening} ${ending}`.trim(), `${capitalised(opening)} ${ending}`.trim()]) {
            if (opensLikeStory(text)) expect(skippedRuleMatching(text), text).toBeNull();
          }
        }
      }
    }
  });

  it('never passes a paragraph that a skipped rule marks: generated openings and endings', () => {
    // Openings from the furniture words and from story text, then endings from the rules' examples
    // (without their first words) and from story text.
    const firstWords = [
      ...FURNITURE_FIRST_WORDS,
      'the',
      'a',
      'more',
      'politics',
      'world',
      'lena',
      'pool',
      'harbourton',
    ];
    const secondWords = [
      ...['article', 'story', 'content', 'audio', 'welcome', 'coverage', 'from', 'most', 'trending', 'top'],
      ...['of', 'and', 'the', 'for', 'via', 'photo', 'news', 'read', 'up', 'to', 'by', 'is', 'was', 'reporter'],
      ...FURNITURE_RULES.map((r) => r.example.split(/\s+/)[1]?.toLowerCase() ?? ''),
    ];
    const endings = [
      ...FURNITURE_RULES.map((r) => r.example.split(/\s+/).slice(2).join(' ')),
      ...['continues below', 'read', 'stories', 'now', ': Ferry fares to rise', 'for the newsletter', '(Tom Ashe/CBC)'],
      ...['Getty Images', 'via Getty Images', '· Posted: Mar 05, 2024', 'the ferry left at dawn.', ''],
    ];
    const word = (words: string[]) =>
      fc.tuple(
        fc.constantFrom(...words),
        fc.constantFrom<(w: string) => string>(
          (w) => w,
          capitalised,
          (w) => w.toUpperCase(),
        ),
      );
    const paragraph = fc
      .tuple(
        word(firstWords),
        fc.constantFrom(...secondWords),
        fc.constantFrom(' ', ' – ', ': ', ' | '),
        fc.constantFrom(...endings),
      )
      .map(([[first, casing], second, gap, ending]) =>
        gap === ' '
          ? `${casing(first)} ${second} ${ending}`.trim()
          : `${casing(first)}${gap}${second} ${ending}`.trim(),
      );
    fc.assert(
      fc.property(paragraph, (p) => {
        if (opensLikeStory(p)) expect(skippedRuleMatching(p), p).toBeNull();
      }),
      { seed: 20261201, numRuns: 20000 },
    );
  });
});

describe('opensWithQuotationMark', () => {
  it.each([
    '“We waited for hours,” she said.',
    '"We waited," she said.',
    '«On a attendu», a-t-elle dit.',
    '„Wir warteten“',
  ])('passes speech: %j', (paragraph) => {
    expect(opensWithQuotationMark(paragraph)).toBe(true);
  });

  it.each(['We waited.', '(Lena Marsh/CBC)', '‘Quoted’', ''])('leaves %j to the rules', (paragraph) => {
    expect(opensWithQuotationMark(paragraph)).toBe(false);
  });

  it('never passes a paragraph that a skipped rule marks: the rules’ examples after a quotation mark', () => {
    for (const rule of FURNITURE_RULES) {
      for (const example of caseVariants(rule.example)) {
        for (const mark of ['"', '“', '„', '«']) {
          for (const text of [`${mark}${example}`, `${mark} ${example}`, `${mark}${example}”`]) {
            expect(opensWithQuotationMark(text)).toBe(true);
            expect(skippedRuleMatching(text), text).toBeNull();
          }
        }
      }
    }
  });

  it('never passes a paragraph that a skipped rule marks: generated text after a quotation mark', () => {
    const words = [...FURNITURE_RULES.flatMap((r) => r.example.split(/\s+/)), '©', '@lena', '(AP)', '–', '2024', ':'];
    const paragraph = fc
      .tuple(
        fc.constantFrom('"', '“', '„', '«'),
        fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }),
        fc.string({ maxLength: 8 }),
      )
      .map(([mark, ws, tail]) => `${mark}${ws.join(' ')}${tail}`);
    fc.assert(
      fc.property(paragraph, (p) => {
        expect(skippedRuleMatching(p), p).toBeNull();
      }),
      { seed: 20261201, numRuns: 20000 },
    );
  });
});
