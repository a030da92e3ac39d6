import type { Block, IngestWarning, Mention, Quote, Speaker, Tweet } from '../schema';

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
  tweets: Tweet[];
  warnings: IngestWarning[];
}

export function attributeQuotes(_blocks: Block[], tweets: Tweet[]): Attribution {
  return { quotes: [], speakers: [], mentions: [], tweets, warnings: [] };
}
