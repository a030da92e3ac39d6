// One bad byte in a UTF-8 article used to send the whole file through Windows-1252: every “ became
// â€œ and quotes were lost. Now the article reads as if the byte were not there.
import { expect, it } from 'vitest';
import { ingestArticle } from './ingest-article';

const ARTICLE = `date 2024-03-02 from Ines Duarte

Harbour workers stayed out for a third day.

“We will not go back until the cranes are safe,” said Marta Lind, who leads the union.

“Nobody has called us,” she said. “Not once.”

The port authority said it was “studying the request”.

“We are ready to talk,” said Paul Okafor, the authority's director. “The door is open.”
`;

function quotesOf(bytes: Uint8Array) {
  const result = ingestArticle('strike.txt', bytes);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

it('a stray byte in a UTF-8 article costs no quote and no curly mark', () => {
  const clean = new TextEncoder().encode(ARTICLE);
  const at = clean.indexOf(0x0a, clean.indexOf(0x0a) + 1) + 5; // inside line 3
  const damaged = new Uint8Array([...clean.subarray(0, at), 0x9d, ...clean.subarray(at)]);
  const before = quotesOf(clean);
  const after = quotesOf(damaged);
  expect(after.quotes.map((q) => q.text)).toEqual(before.quotes.map((q) => q.text));
  expect(after.quotes.length).toBeGreaterThanOrEqual(5);
  expect(JSON.stringify(after.blocks)).not.toContain('â€');
  expect(after.warnings.map((w) => w.code)).toContain('invalid-utf8');
  expect(after.warnings.find((w) => w.code === 'invalid-utf8')?.message).toContain('line 3');
});
