import { describe, expect, it } from 'vitest';
import { looksLikeLink, normaliseTweetLink } from './tweet-link';

describe('normaliseTweetLink', () => {
  it.each([
    ['pic.twitter.com/Tr4Hv9LkQe', 'https://pic.twitter.com/Tr4Hv9LkQe'],
    ['http://pic.twitter.com/Tr4Hv9LkQe', 'https://pic.twitter.com/Tr4Hv9LkQe'],
    ['https://t.co/Qm7Rb2xLpa', 'https://t.co/Qm7Rb2xLpa'],
    ['t.co/Qm7Rb2xLpa', 'https://t.co/Qm7Rb2xLpa'],
    [
      'https://twitter.com/PierFairNYC/status/1842345678901234567',
      'https://twitter.com/PierFairNYC/status/1842345678901234567',
    ],
    [
      'https://mobile.twitter.com/PierFairNYC/status/1842345678901234567',
      'https://twitter.com/PierFairNYC/status/1842345678901234567',
    ],
    ['www.x.com/PierFairNYC/status/1842345678901234567/', 'https://x.com/PierFairNYC/status/1842345678901234567'],
    [
      'twitter.com/PierFairNYC/statuses/1842345678901234567',
      'https://twitter.com/PierFairNYC/statuses/1842345678901234567',
    ],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normaliseTweetLink(raw)).toBe(expected);
  });

  it.each([
    ['a javascript: link', 'javascript:alert(1)'],
    ['markup after t.co', 'https://t.co/<svg/onload=alert(1)>'],
    ['a quote after the path', 'https://t.co/Qm7Rb2"onmouseover=x'],
    ['another host', 'https://example.com/Qm7Rb2xLpa'],
    ['a look-alike host', 'https://pic.twitter.com.evil.example/abcd'],
    ['a Twitter path on another host', 'https://evil.example/pic.twitter.com/abcd'],
    ['a profile, not a status', 'https://twitter.com/PierFairNYC'],
    ['a too-short media id', 'pic.twitter.com/ab'],
    ['a data: URL', 'data:text/html,<b>hi</b>'],
    ['another scheme', 'ftp://t.co/Qm7Rb2xLpa'],
    ['credentials in the URL', 'https://user@t.co/Qm7Rb2xLpa'],
    ['an empty string', ''],
  ])('rejects %s', (_name, raw) => {
    expect(normaliseTweetLink(raw)).toBeNull();
  });

  it('never returns anything but an https Twitter/X URL', () => {
    for (const raw of [
      'pic.twitter.com/AbCd12',
      'javascript:alert(1)',
      'HTTPS://T.CO/abcd12',
      'x.com/a/status/1',
      '//t.co/abcd12',
    ]) {
      const link = normaliseTweetLink(raw);
      if (link !== null)
        expect(link).toMatch(/^https:\/\/(?:pic\.twitter\.com|t\.co|twitter\.com|x\.com)\/[A-Za-z0-9_/]+$/);
    }
  });
});

describe('looksLikeLink', () => {
  it.each([
    'https://t.co/abcd',
    'http://example.com',
    'javascript:alert(1)',
    'data:text/html,x',
    'pic.twitter.com/abcd',
    'x.com/a/status/1',
    't.co/abcd',
    'www.twitter.com/a',
  ])('is true for %s', (token) => {
    expect(looksLikeLink(token)).toBe(true);
  });

  it.each(['together.', 'Ensemble.', '#ValmeraStrike', '@HarbourCrews', '🎉', '10:30', 'pic'])(
    'is false for %s',
    (token) => {
      expect(looksLikeLink(token)).toBe(false);
    },
  );

  // Regression (bug found by this test, fixed in 46e6869): the "scheme:" alternative matches any word followed by a colon, so "tonight:" counts as a link.
  it('is false for an ordinary word that ends with a colon ("tonight:")', () => {
    expect(looksLikeLink('tonight:')).toBe(false);
  });
});
