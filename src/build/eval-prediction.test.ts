// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../ingest/ingest-article';
import type { Article } from '../ingest/schema';
import { toEvalPrediction } from './eval-prediction';

function ingest(text: string): Article {
  const result = ingestArticle('sample.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('toEvalPrediction', () => {
  it('gives metadata and tweets in the shape and spelling the scorer compares', () => {
    const article = ingest(
      [
        ' date 2024-03-12 from Ines Carvalho',
        '',
        'PORTO – The new ferry terminal opened on Monday.',
        '',
        'Open at last, and dry. pic.twitter.com/AbC123xYz – Rui Salgado (@RuiSalgadoPorto) March 11, 2024',
      ].join('\n'),
    );
    const prediction = toEvalPrediction(article);
    expect(prediction).toMatchObject({ date: '2024-03-12', author: 'Ines Carvalho', dateline: 'PORTO' });
    expect(prediction.tweets).toEqual([
      {
        handle: 'RuiSalgadoPorto',
        date: '2024-03-11',
        link: 'pic.twitter.com/AbC123xYz',
        text: 'Open at last, and dry.',
      },
    ]);
  });

  it('names each quote by its speaker, or null', () => {
    const base = ingest('ROME – Buses run late.');
    const article: Article = {
      ...base,
      speakers: [
        {
          id: 'ada-rossi',
          name: 'Ada Rossi',
          aliases: ['Rossi'],
          role: null,
          handle: null,
          kind: 'person',
          quoteCount: 1,
          tweetCount: 0,
        },
      ],
      quotes: [
        {
          id: 'q1',
          speakerId: 'ada-rossi',
          kind: 'direct',
          text: 'We are late',
          spans: [{ block: 0, start: 0, end: 11 }],
          cue: null,
        },
        {
          id: 'q2',
          speakerId: null,
          kind: 'unmarked',
          text: 'Nobody knows',
          spans: [{ block: 0, start: 0, end: 12 }],
          cue: null,
        },
      ],
    };
    expect(toEvalPrediction(article).quotes).toEqual([
      { text: 'We are late', speaker: 'Ada Rossi', kind: 'direct' },
      { text: 'Nobody knows', speaker: null, kind: 'unmarked' },
    ]);
  });
});
