import { describe, expect, it } from 'vitest';
import { movedArticlePath } from './moved-article';

const slugs = ['lighthouse-keepers-strike-ends-k3x9', 'orchard-frost-warning-p2q7'];

describe('movedArticlePath', () => {
  it('finds an article and a quote under the new title by the file key', () => {
    expect(movedArticlePath('/articles/lighthouse-keepers-strike-k3x9', slugs)).toBe(
      '/articles/lighthouse-keepers-strike-ends-k3x9',
    );
    expect(movedArticlePath('/articles/keepers-strike-k3x9/quotes/ada-lind-1ab2cd/', slugs)).toBe(
      '/articles/lighthouse-keepers-strike-ends-k3x9/quotes/ada-lind-1ab2cd',
    );
  });

  it('leaves alone what exists, what has no such key, and other paths', () => {
    expect(movedArticlePath('/articles/orchard-frost-warning-p2q7/quotes/gone-1', slugs)).toBeNull();
    expect(movedArticlePath('/articles/orchard-frost-z0z0', slugs)).toBeNull();
    expect(movedArticlePath('/speakers/ada-lind-k3x9', slugs)).toBeNull();
    expect(movedArticlePath('/articles/a-k3x9/../x', slugs)).toBeNull();
  });
});
