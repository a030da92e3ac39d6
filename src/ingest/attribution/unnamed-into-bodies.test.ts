import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest-article';

function sidebar(...paragraphs: string[]) {
  const result = ingestText('police.txt', ['Standoff ends in arrest', ...paragraphs].join('\n\n'));
  if (!result.ok) throw new Error(result.error);
  return result.article.speakers.map((s) => [s.name, s.kind, s.quoteCount]);
}

describe('a description that ends one body’s name is that body', () => {
  it('gives "state police said" to the Harbour State Police the story names later', () => {
    expect(
      sidebar(
        'A man was arrested on Thursday after a standoff, state police said.',
        'Two hostages were freed unharmed, Harbour State Police said.',
      ),
    ).toEqual([['Harbour State Police', 'organisation', 2]]);
  });

  it('keeps a one-word group, or a description two bodies end with, as an unnamed source', () => {
    expect(
      sidebar(
        'A man was arrested on Thursday after a standoff, police said.',
        'Two hostages were freed unharmed, Harbour State Police said.',
      ).map(([name, kind]) => [name, kind]),
    ).toContainEqual(['police', 'unnamed']);
    expect(
      sidebar(
        'A man was arrested on Thursday after a standoff, state police said.',
        'Two hostages were freed unharmed, Harbour State Police said.',
        'The road was closed for six hours, Valley State Police said.',
      ).map(([name, kind]) => [name, kind]),
    ).toContainEqual(['state police', 'unnamed']);
  });
});
