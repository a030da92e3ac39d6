/**
 * Properties of ingest that must hold for any input, checked on generated files (fast-check):
 * it never throws, it returns an article that passes the schema or an error naming the file, every
 * quote's spans slice back to its words, and no visible character of the text is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle, type IngestResult } from './ingest-article';
import { ArticleSchema, type Article } from './schema';
import { bodyOf, firstMissing, storedText } from './test-support/lossless-check';

// Fixed seeds: a failure names its seed and path, and a run is the same on every machine.
const SEED = 20261201;

/** Pieces articles are made of, including the awkward ones: marks of every style, dashes, tweet
 * embeds, Q&A turns, header-like lines, invisible characters, CR, markup and other scripts. */
const PIECES = [
  'the',
  'council',
  'said',
  'told reporters',
  'according to',
  'police',
  'a spokeswoman for the airline',
  'Anna Berg',
  'Mr Okafor',
  'Dr Ana Roy',
  'she',
  'he',
  'they',
  'Date',
  'date',
  'from',
  'by',
  'Q:',
  'A:',
  'pic.twitter.com/Ab12',
  '— Jo Bo (@jobo) May 1, 2024',
  'https://t.co/x1',
  '#Vote',
  '@mayor',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u3000',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '—',
  '–',
  '-',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '…',
  '2024-03-01',
  '3',
  '12/03/2024',
  'BERLIN —',
  'Photo: Reuters',
  'Share this article',
  '<script>alert(1)</script>',
  'Zoë',
  'Łódź',
  '東京',
  'مرحبا',
  '🎉',
  '\ufffd',
];

/** Whole sentences with speech, so that quotes, cues and speakers come up often among the pieces. */
const SPEECH = [
  '“We will not move,” said Anna Berg.',
  '"It is over," police said.',
  '“The door is open.”',
  'Mr Okafor told reporters that the bridge would reopen in May.',
  '« Nous restons », a dit Dr Ana Roy.',
  'According to the council, the works are late.',
  '“One,” she said. “Two.',
  'Still waiting. pic.twitter.com/NtB0s5 – Nadia Ferro (@NadiaFerro) May 5, 2023',
  '— Are you staying?\n— We are staying, said Lena Holt.',
];

const HEADERS = [
  '',
  ' date 2024-01-05 from Rui Faria\n\n',
  'date 2023-02-30 by Lena Holt\n',
  'Date 3 of the strike: buses stay in depots\n\n',
  'Date: 1.3.2024 ',
];

const articleText = fc
  .tuple(
    fc.constantFrom(...HEADERS),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...SPEECH)), { maxLength: 50 }),
  )
  .map(([header, pieces]) => header + pieces.join(' ').replace(/ {2,}/g, ' '));

type Encoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function encode(text: string, encoding: Encoding): Uint8Array | null {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8 with BOM') return new TextEncoder().encode(`\ufeff${text}`);
  if (encoding === 'windows-1252') {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const high = CP1252_HIGH.indexOf(text[i]!);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
      else if (high >= 0) out[i] = 0x80 + high;
      else return null;
    }
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  const little = encoding === 'utf-16le';
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return out;
}

/** A quote's words, put back together from its spans (paragraphs joined by a blank line). */
function textFromSpans(article: Article, spans: Article['quotes'][number]['spans']): string {
  return spans
    .map((s) => {
      const block = article.blocks[s.block];
      const text = block?.type === 'tweet' ? (article.tweets[block.tweet]?.text ?? '') : (block?.text ?? '');
      return text.slice(s.start, s.end);
    })
    .join('\n\n');
}

/** What must hold for every result, whatever the input. */
function checkResult(source: string, result: IngestResult): void {
  if (!result.ok) {
    expect(result.error.startsWith(`${source}: `), result.error).toBe(true);
    return;
  }
  const parsed = ArticleSchema.safeParse(result.article);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  for (const quote of result.article.quotes) expect(textFromSpans(result.article, quote.spans)).toBe(quote.text);
}

/** Never throws: a throw would be caught by fast-check and reported as a failure with its input. */
const ingest = (source: string, bytes: Uint8Array) => ingestArticle(source, bytes);

// Wall-clock limits are generous: the machines these run on are shared (the CPU time is a few seconds).
const TIMEOUT = { timeout: 60_000 };

describe('ingest, for any input', () => {
  it('returns an article that passes the schema, or an error naming the file, for any bytes', TIMEOUT, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => checkResult('any.bin', ingest('any.bin', bytes))),
      { numRuns: 4000, seed: SEED },
    );
  });

  it('keeps every visible character and slices every quote back from its spans, in any encoding', TIMEOUT, () => {
    const encodings: Encoding[] = ['utf-8', 'utf-8 with BOM', 'utf-16le', 'utf-16be', 'windows-1252'];
    const seen = { articles: 0, quotes: 0, speakers: 0, tweets: 0 };
    fc.assert(
      fc.property(articleText, fc.constantFrom(...encodings), (text, encoding) => {
        const bytes = encode(text, encoding);
        fc.pre(bytes !== null);
        const result = ingest('gen.txt', bytes!);
        checkResult('gen.txt', result);
        if (!result.ok) {
          // Only text with nothing visible in it may be refused.
          expect(result.error).toMatch(/empty file/);
          return;
        }
        seen.articles++;
        seen.quotes += result.article.quotes.length;
        seen.speakers += result.article.speakers.length;
        seen.tweets += result.article.tweets.length;
        const decoded = text.replace(/\r\n?/g, '\n');
        const body = bodyOf(decoded, result.article.author);
        const missing = firstMissing(body, storedText(result.article, body));
        expect(missing, `${encoding}: ${missing}`).toBeNull();
      }),
      { numRuns: 4000, seed: SEED },
    );
    // The generator must reach what the properties are about, or they hold vacuously.
    expect(seen.articles).toBeGreaterThan(2000);
    expect(seen.quotes).toBeGreaterThan(3000);
    expect(seen.speakers).toBeGreaterThan(1000);
    expect(seen.tweets).toBeGreaterThan(50);
  });

  it('survives damaged article files: bytes flipped, cut, inserted', TIMEOUT, () => {
    const damage = fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'insert', 'cut')),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(articleText, damage, (text, edits) => {
        let bytes = Array.from(new TextEncoder().encode(text));
        for (const [at, value, kind] of edits) {
          const i = bytes.length === 0 ? 0 : at % bytes.length;
          if (kind === 'flip') bytes[i] = value;
          else if (kind === 'insert') bytes.splice(i, 0, value);
          else bytes = bytes.slice(0, i);
        }
        checkResult('damaged.txt', ingest('damaged.txt', new Uint8Array(bytes)));
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});
