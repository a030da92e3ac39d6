import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths', () => {
  it('builds article links with one speaker parameter per chosen speaker', () => {
    expect(paths.article.href('a-1')).toBe('/articles/a-1');
    expect(paths.article.href('a-1', ['x', 'y'])).toBe('/articles/a-1?speaker=x&speaker=y');
  });
  it('encodes quote ids in deep links', () => {
    expect(paths.quote.href('a-1', 'q/1 ?')).toBe('/articles/a-1/quotes/q%2F1%20%3F');
  });
  it('links a speaker page by the speaker id, encoded', () => {
    expect(paths.speaker.href('ana-ferreira')).toBe('/speakers/ana-ferreira');
    expect(paths.speaker.href('a b')).toBe('/speakers/a%20b');
  });
});
