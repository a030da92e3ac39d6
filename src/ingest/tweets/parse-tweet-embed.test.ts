import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HANDLE_PATTERN } from '../schema';
import { parseTweetEmbed, type TweetEmbed } from './parse-tweet-embed';

function parsed(paragraph: string): TweetEmbed {
  const embed = parseTweetEmbed(paragraph);
  if (!embed) throw new Error(`expected a tweet embed: ${paragraph.slice(0, 200)}`);
  return embed;
}

describe('parseTweetEmbed: the parts of an embed', () => {
  it('splits text, media link, display name, handle and date', () => {
    expect(
      parseTweetEmbed(
        'Cranes still, quay full. pic.twitter.com/Qm7Rb2xLpa – Ines Araujo (@ines_araujo) March 11, 2024',
      ),
    ).toEqual({
      text: 'Cranes still, quay full.',
      link: 'https://pic.twitter.com/Qm7Rb2xLpa',
      linkText: 'pic.twitter.com/Qm7Rb2xLpa',
      displayName: 'Ines Araujo',
      handle: 'ines_araujo',
      handleText: 'ines_araujo',
      date: '2024-03-11',
      dateText: 'March 11, 2024',
      warnings: [],
    });
  });

  it.each([
    ['en dash', '–'],
    ['em dash', '—'],
    ['hyphen', '-'],
  ])('accepts an %s before the display name', (_name, dash) => {
    const embed = parsed(`Sunday opening saved. ${dash} Ebersfeld Library (@EbersfeldLib) November 1, 2023`);
    expect(embed.text).toBe('Sunday opening saved.');
    expect(embed.displayName).toBe('Ebersfeld Library');
    expect(embed.handle).toBe('EbersfeldLib');
    expect(embed.date).toBe('2023-11-01');
  });

  it('accepts a day-first date and a short month', () => {
    expect(parsed('Fines will double – Transit Watch (@transitwatch) 4 March 2023').date).toBe('2023-03-04');
    expect(parsed('Fines will double – Transit Watch (@transitwatch) Mar. 4, 2023').date).toBe('2023-03-04');
  });

  it('accepts an embed with no link at all', () => {
    const embed = parsed('Forty varieties, one pier, zero rain. — Pier Fair NYC (@PierFairNYC) October 5, 2024');
    expect(embed.link).toBeNull();
    expect(embed.linkText).toBeNull();
    expect(embed.text).toBe('Forty varieties, one pier, zero rain.');
    expect(embed.warnings).toEqual([]);
  });

  it('keeps markup in the display name literally', () => {
    const embed = parsed(
      'Hello all pic.twitter.com/Ab12Cd34 – Mallory "><img src=x onerror=alert(1)> (@mallory_m) June 1, 2023',
    );
    expect(embed.displayName).toBe('Mallory "><img src=x onerror=alert(1)>');
    expect(embed.handle).toBe('mallory_m');
  });

  it('keeps accents and emoji in the text and display name', () => {
    const embed = parsed(
      'Le marché est ouvert ! 🎉 pic.twitter.com/Mk3aWq91Zd – Benoît Lacaze (@BLacaze_Maire) September 19, 2022',
    );
    expect(embed.text).toBe('Le marché est ouvert ! 🎉');
    expect(embed.displayName).toBe('Benoît Lacaze');
  });
});

describe('parseTweetEmbed: links', () => {
  it.each([
    ['pic.twitter.com/Tr4Hv9LkQe', 'https://pic.twitter.com/Tr4Hv9LkQe'],
    ['https://pic.twitter.com/Tr4Hv9LkQe', 'https://pic.twitter.com/Tr4Hv9LkQe'],
    ['https://t.co/Qm7Rb2xLpa', 'https://t.co/Qm7Rb2xLpa'],
    ['http://t.co/Qm7Rb2xLpa', 'https://t.co/Qm7Rb2xLpa'],
    ['x.com/EbersfeldLib/status/1720012345678901234', 'https://x.com/EbersfeldLib/status/1720012345678901234'],
    [
      'https://twitter.com/EbersfeldLib/status/1720012345678901234',
      'https://twitter.com/EbersfeldLib/status/1720012345678901234',
    ],
  ])('normalises %s to https and keeps it as written in linkText', (written, normalised) => {
    const embed = parsed(`Sunday opening saved. ${written} – Ebersfeld Library (@EbersfeldLib) November 1, 2023`);
    expect(embed.link).toBe(normalised);
    expect(embed.linkText).toBe(written);
    expect(embed.text).toBe('Sunday opening saved.');
    expect(embed.warnings).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'https://t.co/<svg/onload=alert(1)>',
    'https://evil.example/pic.twitter.com/abcd',
    'data:text/html,hi',
  ])('never stores %s as the link; keeps it in the text and warns', (written) => {
    const embed = parsed(`Click here ${written} – Eve Sample (@eve_sample) March 4, 2023`);
    expect(embed.link).toBeNull();
    expect(embed.linkText).toBeNull();
    expect(embed.text).toBe(`Click here ${written}`);
    expect(embed.warnings.map((w) => w.code)).toContain('bad-link');
    expect(embed.warnings.find((w) => w.code === 'bad-link')?.message).toContain(written);
  });

  it('only ever stores https Twitter/X links', () => {
    for (const written of [
      'pic.twitter.com/AbCd12',
      'http://t.co/AbCd12',
      'javascript:alert(1)',
      'ftp://t.co/AbCd12',
      'vbscript:msgbox(1)',
    ]) {
      const embed = parsed(`Look ${written} – Eve Sample (@eve_sample) March 4, 2023`);
      if (embed.link !== null)
        expect(embed.link).toMatch(/^https:\/\/(?:pic\.twitter\.com|t\.co|(?:twitter|x)\.com)\//);
    }
  });

  // Regression (bug found by this test, fixed in 46e6869): looksLikeLink treats any word that ends with a colon ("tonight:", "Update:") as a URL scheme,
  // so a link-less tweet whose text ends with such a word gets a false "not a Twitter link" warning.
  it('gives no bad-link warning when the tweet text simply ends with a word and a colon', () => {
    const embed = parsed('Watch the debate live tonight: – City Hall Ebersfeld (@cityhall) March 3, 2022');
    expect(embed.text).toBe('Watch the debate live tonight:');
    expect(embed.warnings).toEqual([]);
  });
});

describe('parseTweetEmbed: handles and dates', () => {
  it('sets an invalid handle to null with a warning, and keeps it as written', () => {
    const embed = parsed('Hello x.com/eve/status/12345 — Eve (@evil"><script>) March 4, 2023');
    expect(embed.handle).toBeNull();
    expect(embed.handleText).toBe('evil"><script>');
    expect(embed.warnings.map((w) => w.code)).toContain('bad-handle');
    expect(embed.text).toBe('Hello');
  });

  it.each(['a_handle_that_is_too_long', 'two words', 'dash-ed', ''])('rejects the handle %j', (handle) => {
    const embed = parsed(`Hello – Some Name (@${handle}) March 4, 2023`);
    expect(embed.handle).toBeNull();
    expect(embed.warnings.map((w) => w.code)).toContain('bad-handle');
  });

  it('only ever returns handles Twitter allows', () => {
    for (const handle of ['ok_1', 'x'.repeat(15), 'x'.repeat(16), 'é', 'a.b']) {
      const embed = parsed(`Hello – Some Name (@${handle}) March 4, 2023`);
      if (embed.handle !== null) expect(embed.handle).toMatch(HANDLE_PATTERN);
    }
  });

  it('sets an impossible date to null with a warning, and keeps the text as written', () => {
    const embed = parsed('Hello – Some Name (@somename) February 30, 2023');
    expect(embed.date).toBeNull();
    expect(embed.dateText).toBe('February 30, 2023');
    expect(embed.warnings.find((w) => w.code === 'bad-date')?.message).toContain('February 30, 2023');
  });
});

describe('parseTweetEmbed: what is not an embed', () => {
  it.each([
    ['a plain sentence', 'The ferry left forty minutes late again on Tuesday.'],
    ['a dash and parentheses', 'The mayor – Ana Ruiz (a former judge) – spoke for an hour.'],
    [
      'a handle in parentheses without a date',
      'The library thanked its readers – Ebersfeld Library (@EbersfeldLib) said so.',
    ],
    ['a date not after the handle', 'On March 4, 2023 the mayor – Ana Ruiz (@anaruiz) – spoke.'],
    ['an attribution with nothing before the dash', '– Ebersfeld Library (@EbersfeldLib) November 1, 2023'],
    ['an empty paragraph', ''],
  ])('returns null for %s', (_name, paragraph) => {
    expect(parseTweetEmbed(paragraph)).toBeNull();
  });

  // Regression (bug found by this test, fixed in 46e6869): the "@" before the handle is optional in the pattern, so an ordinary sentence that ends with
  // "– words (words) <date>" is taken for a tweet by "see the box office" with the "handle" "Main Street".
  it('does not take a sentence with a dash, parentheses without "@" and a date for a tweet', () => {
    expect(parseTweetEmbed('Tickets go on sale on Friday – see the box office (Main Street) June 3, 2023')).toBeNull();
  });
});

describe('parseTweetEmbed: dashes inside the tweet', () => {
  it('keeps " - " in the text: the last dash separates the author', () => {
    const embed = parsed(
      'Fines for late buses will double - or so we hear - from Monday https://t.co/Zx81Kq – Transit Watch (@transitwatch) 4 March 2023',
    );
    expect(embed.text).toBe('Fines for late buses will double - or so we hear - from Monday');
    expect(embed.displayName).toBe('Transit Watch');
    expect(embed.link).toBe('https://t.co/Zx81Kq');
  });

  it('keeps en and em dashes of the text, and a hyphenated display name', () => {
    const embed = parsed(
      'Open – finally — for all pic.twitter.com/AbCd12 — Jean-Luc Moreau-Diallo (@jl_moreau) May 2, 2024',
    );
    expect(embed.text).toBe('Open – finally — for all');
    expect(embed.displayName).toBe('Jean-Luc Moreau-Diallo');
  });

  it('keeps parentheses of the text in the text', () => {
    const embed = parsed('The vote (nine to four) is in – Ebersfeld Library (@EbersfeldLib) November 1, 2023');
    expect(embed.text).toBe('The vote (nine to four) is in');
    expect(embed.handle).toBe('EbersfeldLib');
  });
});

describe('parseTweetEmbed: very long paragraphs', () => {
  const FIVE_MB = 5 * 1024 * 1024;

  it('parses a 5 MB paragraph of words that ends in an embed', { timeout: 30_000 }, () => {
    const words = 'The ferry left late again and nobody was surprised. '.repeat(Math.ceil(FIVE_MB / 52));
    const embed = parsed(`${words}pic.twitter.com/AbC123 – Jo Bloggs (@jobloggs) February 7, 2022`);
    expect(embed.handle).toBe('jobloggs');
    expect(embed.link).toBe('https://pic.twitter.com/AbC123');
    expect(embed.text.length).toBe(words.trimEnd().length);
  });

  it('returns null quickly for a 5 MB paragraph that is not an embed', { timeout: 30_000 }, () => {
    expect(parseTweetEmbed('word – (x) '.repeat(FIVE_MB / 11))).toBeNull();
  });

  // Regression (bug found by this test, fixed in 46e6869): after the tail is matched, `body.search(/\S+$/)` scanned the whole body and was quadratic in the
  // length of a run without spaces: a 5 MB paragraph with no space before its embed tail takes hours
  // (20,000 characters already take about 0.8 s). It runs in a child process so that the hang can be cut off.
  it('parses a 5 MB paragraph without spaces that ends in an embed within 10 seconds', { timeout: 60_000 }, () => {
    const modulePath = fileURLToPath(new URL('./parse-tweet-embed.ts', import.meta.url));
    const script = [
      `import { parseTweetEmbed } from ${JSON.stringify(modulePath)};`,
      `const p = 'x'.repeat(${FIVE_MB}) + ' pic.twitter.com/AbC123 – Jo Bloggs (@jobloggs) February 7, 2022';`,
      `const e = parseTweetEmbed(p);`,
      `process.stdout.write(JSON.stringify({ handle: e && e.handle, length: e && e.text.length }));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 10_000,
      killSignal: 'SIGKILL',
    });
    expect(child.signal, 'the parse was killed after 10 seconds').toBeNull();
    expect(JSON.parse(child.stdout)).toEqual({ handle: 'jobloggs', length: FIVE_MB });
  });
});
