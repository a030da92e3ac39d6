import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignUniqueSlugs, ingestArticle, summariseArticle, type IngestResult } from './ingest-article';
import { ArticleSchema, type Article, type Tweet } from './schema';
import { ArticleSummarySchema } from './library/library-schema';

const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const fixtureNames = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function article(result: IngestResult): Article {
  if (!result.ok) throw new Error(`expected an article, got: ${result.error}`);
  return result.article;
}

function paragraphTexts(a: Article): string[] {
  return a.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function tweetOf(a: Article, blockIndex: number): Tweet {
  const block = a.blocks[blockIndex];
  if (block?.type !== 'tweet') throw new Error(`block ${blockIndex} is not a tweet`);
  const tweet = a.tweets[block.tweet];
  if (!tweet) throw new Error(`tweet ${block.tweet} missing`);
  return tweet;
}

/** Every string anywhere in a JSON-like value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const TRAM = [
  ' date 2024-05-14 from Oskar Lindqvist',
  '',
  'The new tram line between the station and the university opened on Monday, two years late and well over budget.',
  '',
  'from our correspondent',
  '',
  'GOTHENBURG – The first tram left the station at 6.04 in the morning with the deputy mayor, Freja Holm, at the front window.',
  '',
  'Holm said the delays had been "painful but worth it".',
  '',
  'First ride done. Twelve minutes door to door! #Linje12 @GbgTrams https://t.co/Hk29Pq7Lmw – Freja Holm (@frejaholm) May 13, 2024',
  '',
  'Ticket prices stay the same until the autumn.',
  '',
].join('\n');

describe('ingestArticle: a whole article', () => {
  const a = article(ingestArticle('tram-opens.txt', utf8(TRAM)));

  it('takes date and author from the header', () => {
    expect(a.date).toBe('2024-05-14');
    expect(a.author).toBe('Oskar Lindqvist');
  });

  it('finds the standfirst, the correspondent note and the dateline', () => {
    expect(a.standfirst).toBe(
      'The new tram line between the station and the university opened on Monday, two years late and well over budget.',
    );
    expect(a.correspondentNote).toBe('from our correspondent');
    expect(a.dateline).toBe('GOTHENBURG');
  });

  it('keeps the blocks in file order, with the tweet where it stood', () => {
    expect(
      a.blocks.map((b) =>
        b.type === 'paragraph'
          ? `${b.role}:${b.text.slice(0, 12)}`
          : b.type === 'tweet'
            ? `tweet:${b.tweet}`
            : `furniture:${b.kind}`,
      ),
    ).toEqual(['standfirst:The new tram', 'body:GOTHENBURG –', 'body:Holm said th', 'tweet:0', 'body:Ticket price']);
    expect(a.blocks).toHaveLength(5);
  });

  it('does not repeat the correspondent note or the header in the blocks', () => {
    expect(paragraphTexts(a)).not.toContain('from our correspondent');
    expect(paragraphTexts(a).join(' ')).not.toContain('Oskar Lindqvist');
  });

  it('parses the tweet with its link, handle, date and entities', () => {
    expect(a.tweets).toHaveLength(1);
    const tweet = tweetOf(a, 3);
    expect(tweet).toMatchObject({
      text: 'First ride done. Twelve minutes door to door! #Linje12 @GbgTrams',
      link: 'https://t.co/Hk29Pq7Lmw',
      linkText: 'https://t.co/Hk29Pq7Lmw',
      displayName: 'Freja Holm',
      handle: 'frejaholm',
      handleText: 'frejaholm',
      date: '2024-05-13',
      dateText: 'May 13, 2024',
    });
    expect(tweet.entities.map((e) => [e.type, e.text, tweet.text.slice(e.start, e.end)])).toEqual([
      ['hashtag', '#Linje12', '#Linje12'],
      ['mention', '@GbgTrams', '@GbgTrams'],
    ]);
    expect(tweet.id).toMatch(/^tweet-[0-9a-z]+$/);
  });

  it('derives a short title from the standfirst and a slug from it', () => {
    expect(a.title).toBe('The new tram line between the station and the university opened on Monday…');
    expect(a.title.length).toBeLessThanOrEqual(90);
    expect(a.slug).toMatch(/^the-new-tram-line-between-the-[0-9a-z]{6}$/);
    expect(a.source).toBe('tram-opens.txt');
    expect(a.language).toBe('en');
  });

  it('is valid against the schema and has no warnings', () => {
    expect(ArticleSchema.safeParse(a).success).toBe(true);
    expect(a.warnings).toEqual([]);
  });

  it('gives the same article for the same bytes (stable ids and slugs)', () => {
    expect(article(ingestArticle('tram-opens.txt', utf8(TRAM)))).toEqual(a);
  });

  it('gives different slugs to two files with the same text', () => {
    expect(article(ingestArticle('tram-opens-copy.txt', utf8(TRAM))).slug).not.toBe(a.slug);
  });
});

describe('ingestArticle: layout variants', () => {
  it('takes body text that follows the date on the header line as the first paragraph', () => {
    const a = article(
      ingestArticle(
        'v.txt',
        utf8(
          ' date 2023-11-02 The council voted nine to four on Wednesday.\n\nBERLIN — Councillors met late.\n\nThe library stays open.',
        ),
      ),
    );
    expect(a.date).toBe('2023-11-02');
    expect(a.author).toBeNull();
    expect(a.standfirst).toBe('The council voted nine to four on Wednesday.');
    expect(a.dateline).toBe('BERLIN');
    expect(paragraphTexts(a)).toEqual([
      'The council voted nine to four on Wednesday.',
      'BERLIN — Councillors met late.',
      'The library stays open.',
    ]);
  });

  it('uses a title line of an article without header as its title, not as a block', () => {
    const a = article(
      ingestArticle(
        'v.txt',
        utf8('Apple growers crowd the piers\n\nNEW YORK - Growers set up stalls on Saturday.\n\nThe fair continues.'),
      ),
    );
    expect(a.title).toBe('Apple growers crowd the piers');
    expect(a.date).toBeNull();
    expect(a.author).toBeNull();
    expect(a.dateline).toBe('NEW YORK');
    expect(paragraphTexts(a)).toEqual(['NEW YORK - Growers set up stalls on Saturday.', 'The fair continues.']);
  });

  it.each([
    'Caption: Fishermen mend their nets on the quay at dawn.',
    'Pictured: Fishermen mend their nets on the quay at dawn',
    'Photo: Lena Marsh / The Harbour Courier',
    'Lena Marsh | Harbour Courier',
    'By Lena Marsh, Harbour Reporter',
  ])('never takes a caption, credit or byline for the title of an article without header: %s', (first) => {
    const a = article(
      ingestArticle(
        'v.txt',
        utf8(
          `${first}\n\nVELMORA – The harbour will close for a week in May, the port authority said.\n\nThe ferries stop too.`,
        ),
      ),
    );
    expect(a.title).toBe('The harbour will close for a week in May, the port authority said');
  });

  it('strips the dateline from a derived title', () => {
    const a = article(
      ingestArticle(
        'v.txt',
        utf8(' date 2024-01-02 from Rui Faria\n\nPARIS – The bakers went on strike. Bread ran out.'),
      ),
    );
    expect(a.title).toBe('The bakers went on strike');
    expect(a.dateline).toBe('PARIS');
  });

  it('ingests an article that has no dateline', () => {
    const a = article(ingestArticle('v.txt', utf8('The ferry left late again on Tuesday.\n\nNobody was surprised.')));
    expect(a.dateline).toBeNull();
    expect(a.standfirst).toBeNull();
    expect(paragraphTexts(a)).toEqual(['The ferry left late again on Tuesday.', 'Nobody was surprised.']);
  });

  it('ingests an article that is a single tweet', () => {
    const a = article(
      ingestArticle('v.txt', utf8('Cranes still pic.twitter.com/AbCd12 – Ines Araujo (@ines_araujo) March 11, 2024')),
    );
    expect(a.blocks).toEqual([{ type: 'tweet', tweet: 0 }]);
    expect(a.title).toBe('Cranes still');
  });

  it('keeps a title line whole even past 90 characters (it is stored nowhere else)', () => {
    const line = 'Harbour authority confirms that the ferry timetable for all eleven outer islands changes in June';
    const a = article(ingestArticle('v.txt', utf8(`${line}\n\nThe ferries will run less often.`)));
    expect(a.title).toBe(line);
    expect(paragraphTexts(a)).toEqual(['The ferries will run less often.']);
  });

  // Regression (bug found by this test, fixed in 46e6869): a tweet that is only a media link has the text "", and `firstText` takes that "" (the `?? source`
  // fallback only catches null/undefined), so the article's title is empty.
  it('never gives an article an empty title (an article that is one media-only tweet)', () => {
    const a = article(
      ingestArticle(
        'pic-only.txt',
        utf8(' date 2024-05-01 from Jo Bo\n\npic.twitter.com/AbCd12 – Jo Bo (@jobo) May 1, 2024\n'),
      ),
    );
    expect(a.tweets[0]?.link).toBe('https://pic.twitter.com/AbCd12');
    expect(a.title.trim()).not.toBe('');
  });

  it('gives a valid slug to a title with no Latin letters', () => {
    const a = article(ingestArticle('tokyo.txt', utf8('東京の市場が再開した。\n\n多くの人が来た。')));
    expect(a.slug).toMatch(/^article-[0-9a-z]{6}$/);
  });
});

describe('ingestArticle: encodings', () => {
  it.each(fixtureNames)('gives the same article for the CRLF + BOM version of %s', (name) => {
    const lf = fixture(name);
    const text = new TextDecoder().decode(lf);
    expect(text).not.toContain('\r');
    const crlfBom = utf8(`\ufeff${text.replace(/\n/g, '\r\n')}`);
    const fromLf = article(ingestArticle(name, lf));
    const fromCrlf = article(ingestArticle(name, crlfBom));
    expect(fromCrlf).toEqual(fromLf);
    for (const s of allStrings(fromCrlf)) {
      expect(s).not.toContain('\r');
      expect(s).not.toContain('\ufeff');
    }
  });

  it('gives the same article under another name, except source and slug hash', () => {
    const bytes = fixture('harbour-strike.txt');
    const one = article(ingestArticle('one.txt', bytes));
    const two = article(ingestArticle('two.txt', bytes));
    expect({ ...two, source: one.source, slug: one.slug }).toEqual(one);
    expect(two.slug.replace(/-[0-9a-z]{6}$/, '')).toBe(one.slug.replace(/-[0-9a-z]{6}$/, ''));
  });

  it('decodes a Latin-1 file with accented letters and says so in a warning', () => {
    // One byte per letter (ISO-8859-1); the Windows-1252-only bytes 0x80-0x9F are tested in decode-text.test.ts.
    const latin1 = Uint8Array.from(
      ' date 2023-05-04 from Chloé Barrière\n\nLYON - René a dit « ça suffit » à la mairie.\n',
      (c) => c.charCodeAt(0),
    );
    expect(latin1.every((b) => b < 0x100)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
    const a = article(ingestArticle('latin.txt', latin1));
    expect(a.author).toBe('Chloé Barrière');
    expect(a.dateline).toBe('LYON');
    expect(paragraphTexts(a)).toEqual(['LYON - René a dit « ça suffit » à la mairie.']);
    expect(a.warnings.map((w) => w.code)).toContain('latin1');
    expect(a.warnings.find((w) => w.code === 'latin1')?.message).toMatch(/not valid UTF-8.*Latin-1/);
  });
});

describe('ingestArticle: files that are not articles', () => {
  it.each([
    [
      'PNG bytes',
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      /binary/i,
    ],
    ['NUL bytes', 'nul.txt', new Uint8Array([...utf8('Some text'), 0, 0, ...utf8('more')]), /binary/i],
    ['an empty file', 'empty.txt', new Uint8Array(), /empty file/i],
    ['whitespace only', 'blank.txt', utf8(' \t\r\n\u00a0\n\u3000\r\n'), /empty file/i],
    ['a header and nothing else', 'header-only.txt', utf8(' date 2024-01-02 from Rui Faria\n\n  \n'), /empty file/i],
  ])('rejects %s with an error naming the file', (_name, source, bytes, reason) => {
    const result = ingestArticle(source, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.source).toBe(source);
    expect(result.error).toContain(source);
    expect(result.error).toMatch(reason);
  });
});

describe('ingestArticle: dates', () => {
  it('sets an impossible header date to null with a warning naming it, and keeps author and body', () => {
    const a = article(
      ingestArticle('leap.txt', utf8(' date 2021-02-29 from Lotte Brandsma\n\nThe dykes held through the storm.')),
    );
    expect(a.date).toBeNull();
    expect(a.author).toBe('Lotte Brandsma');
    expect(paragraphTexts(a)).toEqual(['The dykes held through the storm.']);
    expect(a.warnings.find((w) => w.code === 'bad-date')?.message).toContain('2021-02-29');
  });

  // Regression (bug found by this test, fixed in 46e6869) (parseHeader): a first line that starts with the word "Date" is taken for a header, and its
  // first two words disappear from the article.
  it('keeps every word of a file whose first line starts with "Date"', () => {
    const a = article(
      ingestArticle(
        'palms.txt',
        utf8('Date palms now line the avenue in Oranmore.\n\nThe council planted forty of them.'),
      ),
    );
    expect(paragraphTexts(a)[0]).toBe('Date palms now line the avenue in Oranmore.');
    expect(a.warnings).toEqual([]);
  });
});

describe('ingestArticle: hostile text', () => {
  const HOSTILE = [
    ' date 2024-02-02 from <b>Mallory</b> Quinn',
    '',
    "AVALON – Odile Brun said <script>alert(1)</script> and <img src=x onerror=alert(1)> were found in the form, next to {{7*7}}, ${7*7} and '; DROP TABLE quotes; --.",
    '',
    'See <a href="javascript:alert(1)">this link</a> for details.',
    '',
    'Click me javascript:alert(1) – Mallory "><img src=x onerror=alert(1)> (@evil"><script>) February 1, 2024',
    '',
    'Free prize https://t.co/<svg/onload=alert(1)> – Eve Sample (@eve_sample) February 1, 2024',
    '',
    'Real one pic.twitter.com/Ab12Cd34 – Eve Sample (@eve_sample) February 1, 2024',
  ].join('\n');
  const a = article(ingestArticle('hostile.txt', utf8(HOSTILE)));

  it('keeps markup and code-like strings literally in the block text', () => {
    const text = paragraphTexts(a).join('\n');
    for (const s of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '{{7*7}}',
      '${7*7}',
      "'; DROP TABLE quotes; --.",
      '<a href="javascript:alert(1)">this link</a>',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('keeps markup in the author literally', () => {
    expect(a.author).toBe('<b>Mallory</b> Quinn');
  });

  it('stores no tweet link other than an https Twitter link', () => {
    expect(a.tweets).toHaveLength(3);
    for (const tweet of a.tweets) {
      if (tweet.link !== null)
        expect(tweet.link).toMatch(/^https:\/\/(?:pic\.twitter\.com|t\.co|(?:twitter|x)\.com)\/[A-Za-z0-9_/]+$/);
      for (const e of tweet.entities) expect(e.href).toMatch(/^https?:\/\/[^<>"'\s]+$/);
    }
    expect(a.tweets.map((t) => t.link)).toEqual([null, null, 'https://pic.twitter.com/Ab12Cd34']);
  });

  it('keeps the rejected links in the tweet text and warns about them', () => {
    expect(a.tweets[0]?.text).toBe('Click me javascript:alert(1)');
    expect(a.tweets[1]?.text).toBe('Free prize https://t.co/<svg/onload=alert(1)>');
    expect(a.warnings.filter((w) => w.code === 'bad-link')).toHaveLength(2);
  });

  it('rejects the invalid handle with a warning, keeping the name and handle as written', () => {
    expect(a.tweets[0]).toMatchObject({
      handle: null,
      handleText: 'evil"><script>',
      displayName: 'Mallory "><img src=x onerror=alert(1)>',
    });
    expect(a.warnings.map((w) => w.code)).toContain('bad-handle');
  });
});

describe('summariseArticle', () => {
  const a = article(ingestArticle('tram-opens.txt', utf8(TRAM)));

  it('gives the metadata and counts of the article', () => {
    const summary = summariseArticle(a);
    expect(summary).toEqual({
      slug: a.slug,
      source: 'tram-opens.txt',
      title: a.title,
      date: '2024-05-14',
      author: 'Oskar Lindqvist',
      dateline: 'GOTHENBURG',
      speakers: a.speakers.map(({ id, name, kind }) => ({ id, name, kind })),
      quoteCount: a.quotes.filter((q) => q.kind !== 'tweet').length, // tweets are counted apart
      tweetCount: 1,
      warningCount: 0,
    });
    expect(ArticleSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('counts warnings', () => {
    const leap = article(ingestArticle('leap.txt', utf8(' date 2021-02-29 from Lotte Brandsma\n\nThe dykes held.')));
    expect(summariseArticle(leap).warningCount).toBe(leap.warnings.length);
    expect(summariseArticle(leap).warningCount).toBeGreaterThan(0);
    expect(summariseArticle(leap).date).toBeNull();
  });

  it('lists speaker names in order', () => {
    const withSpeakers: Article = {
      ...a,
      speakers: [
        {
          id: 'freja-holm',
          name: 'Freja Holm',
          aliases: [],
          role: null,
          handle: null,
          kind: 'person',
          quoteCount: 1,
          tweetCount: 0,
        },
        {
          id: 'oskar-berg',
          name: 'Oskar Berg',
          aliases: [],
          role: null,
          handle: null,
          kind: 'person',
          quoteCount: 2,
          tweetCount: 0,
        },
      ],
    };
    expect(summariseArticle(withSpeakers).speakers.map((s) => s.name)).toEqual(['Freja Holm', 'Oskar Berg']);
  });
});

describe('assignUniqueSlugs', () => {
  const base = article(ingestArticle('tram-opens.txt', utf8(TRAM)));
  const withSlug = (slug: string, source = `${slug}.txt`): Article => ({ ...base, slug, source, warnings: [] });

  it('leaves unique slugs and their warnings alone', () => {
    const input = [withSlug('tram-abc123'), withSlug('ferry-def456')];
    expect(assignUniqueSlugs(input)).toEqual(input);
  });

  it('renames later duplicates in input order and says so', () => {
    const out = assignUniqueSlugs([
      withSlug('tram-abc123', 'a.txt'),
      withSlug('tram-abc123', 'b.txt'),
      withSlug('tram-abc123', 'c.txt'),
    ]);
    expect(out.map((x) => x.slug)).toEqual(['tram-abc123', 'tram-abc123-2', 'tram-abc123-3']);
    expect(out[0]?.warnings).toEqual([]);
    expect(out[1]?.warnings).toHaveLength(1);
    expect(out[1]?.warnings[0]?.code).toBe('duplicate-slug');
    expect(out[1]?.warnings[0]?.message).toContain('tram-abc123-2');
    expect(out.map((x) => x.source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('does not change the articles it is given', () => {
    const input = [withSlug('tram-abc123'), withSlug('tram-abc123')];
    assignUniqueSlugs(input);
    expect(input.map((x) => x.slug)).toEqual(['tram-abc123', 'tram-abc123']);
    expect(input[1]?.warnings).toEqual([]);
  });

  it('keeps renamed slugs valid for the schema', () => {
    for (const x of assignUniqueSlugs([withSlug('tram-abc123'), withSlug('tram-abc123')])) {
      expect(ArticleSchema.safeParse(x).success).toBe(true);
    }
  });

  // Regression (bug found by this test, fixed in 46e6869): the "-2" suffix is not checked against slugs already in the list, so [a, a, a-2] gives
  // two articles with the slug "a-2".
  it('never gives two articles the same slug, even when a renamed slug is already taken', () => {
    const out = assignUniqueSlugs([withSlug('tram-abc123'), withSlug('tram-abc123'), withSlug('tram-abc123-2')]);
    expect(new Set(out.map((x) => x.slug)).size).toBe(3);
  });
});

describe('a headline printed twice', () => {
  it('keeps the repeat as headline furniture, so the story does not open with its own title', () => {
    const a = article(
      ingestArticle(
        'twice.txt',
        utf8('Ferry fares rise again\n\nFerry fares rise again\n\nThe operator said on Monday that fares would rise.'),
      ),
    );
    expect(a.title).toBe('Ferry fares rise again');
    expect(a.blocks[0]).toEqual({ type: 'furniture', kind: 'headline', text: 'Ferry fares rise again' });
    expect(a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual([
      'The operator said on Monday that fares would rise.',
    ]);
  });
});
