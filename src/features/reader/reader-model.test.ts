import { describe, expect, it } from 'vitest';
import type { Article, Quote, Speaker } from '../../ingest/schema';
import { buildReaderModel, groupSpeakers, isDimmed, quoteDescription, speakerLabel } from './reader-model';

const article: Article = {
  slug: 'a-1',
  source: 'a.txt',
  title: 'T',
  date: null,
  author: null,
  dateline: null,
  standfirst: null,
  correspondentNote: null,
  language: 'en',
  tweets: [],
  mentions: [],
  warnings: [],
  blocks: [
    { type: 'paragraph', role: 'body', text: 'one two three' },
    { type: 'paragraph', role: 'body', text: 'four five' },
  ],
  speakers: [
    {
      id: 'ann',
      name: 'Ann Lee',
      aliases: [],
      role: 'Mayor',
      handle: null,
      kind: 'person',
      quoteCount: 1,
      tweetCount: 0,
    },
  ],
  quotes: [
    { id: 'late', speakerId: null, kind: 'reported', text: 'five', spans: [{ block: 1, start: 5, end: 9 }], cue: null },
    { id: 'early', speakerId: 'ann', kind: 'direct', text: 'two', spans: [{ block: 0, start: 4, end: 7 }], cue: null },
  ],
};

describe('buildReaderModel', () => {
  it('orders quotes by where they first stand', () => {
    expect(buildReaderModel(article).order.map((q) => q.id)).toEqual(['early', 'late']);
  });
  it('lists the speakers each paragraph quotes, for the margin, unknown ones as null', () => {
    expect(buildReaderModel(article).marginSpeakers).toEqual([['ann'], [null]]);
  });
  it('describes who said a quote and how', () => {
    const m = buildReaderModel(article);
    expect(quoteDescription(m, m.quotes.get('early')!)).toBe('Ann Lee, Mayor — direct quote');
    expect(quoteDescription(m, m.quotes.get('late')!)).toBe('Speaker unknown — reported speech');
  });
});

describe('isDimmed', () => {
  it('dims only other speakers’ quotes while a filter is on', () => {
    const q = article.quotes[1]!;
    expect(isDimmed(q, new Set())).toBe(false);
    expect(isDimmed(q, new Set(['ann']))).toBe(false);
    expect(isDimmed(q, new Set(['bob']))).toBe(true);
    expect(isDimmed(article.quotes[0]!, new Set(['ann']))).toBe(true);
  });
});

describe('groupSpeakers', () => {
  const speaker = (id: string, kind: Speaker['kind']): Speaker => ({
    id,
    name: id,
    aliases: [],
    role: null,
    handle: null,
    kind,
    quoteCount: 0,
    tweetCount: 0,
  });
  const quote = (id: string, speakerId: string | null, kind: Quote['kind'] = 'direct'): Quote => ({
    id,
    speakerId,
    kind,
    text: id,
    spans: [{ block: 0, start: 0, end: 1 }],
    cue: null,
  });
  const speakers = [
    speaker('police', 'unnamed'),
    speaker('ann', 'person'),
    speaker('airline', 'organisation'),
    speaker('bob', 'person'),
    speaker('residents', 'unnamed'),
  ];
  const quotes = [
    quote('q1', 'police'),
    quote('q2', 'police', 'reported'),
    quote('q3', 'residents'),
    quote('q4', 'ann'),
    quote('q5', 'ann', 'tweet'),
    quote('q6', 'airline'),
    quote('q7', null),
    quote('q8', 'gone'),
  ];

  it('lists people, organisations, then unnamed sources, each in the article’s order', () => {
    const groups = groupSpeakers(speakers, quotes);
    expect(groups.map((g) => [g.heading, g.speakers.map((s) => s.id)])).toEqual([
      ['People', ['ann', 'bob']],
      ['Organisations', ['airline']],
      ['Unnamed sources', ['police', 'residents']],
    ]);
  });
  it('counts each group’s quotes in the text, tweets not included', () => {
    expect(groupSpeakers(speakers, quotes).map((g) => g.quoteCount)).toEqual([1, 1, 3]);
  });
  it('leaves out kinds nobody has', () => {
    expect(groupSpeakers([speaker('ann', 'person')], []).map((g) => g.kind)).toEqual(['person']);
    expect(groupSpeakers([], quotes)).toEqual([]);
  });
  it('gives the model the article’s quote count and the quotes with no listed speaker', () => {
    const m = buildReaderModel({ ...article, speakers, quotes });
    expect(m.quoteCount).toBe(7);
    expect(m.unattributed).toBe(2);
    expect(m.groups.find((g) => g.kind === 'unnamed')?.quoteCount).toBe(3);
  });
  it('says an unnamed source is one', () => {
    expect(speakerLabel(speaker('police', 'unnamed'))).toBe('police (unnamed source)');
    expect(speakerLabel(speaker('ann', 'person'))).toBe('ann');
  });
});
