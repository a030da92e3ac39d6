import { describe, expect, it } from 'vitest';
import { accountHref, safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps http and https URLs', () => {
    expect(safeHref('https://t.co/abc')).toBe('https://t.co/abc');
    expect(safeHref('http://example.com/a?b=1')).toBe('http://example.com/a?b=1');
  });
  it('refuses other schemes, relative and malformed URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('pic.twitter.com/x')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('accountHref', () => {
  it('links valid handles to x.com and refuses the rest', () => {
    expect(accountHref('EmmanuelMacron')).toBe('https://x.com/EmmanuelMacron');
    expect(accountHref('bad handle<')).toBeNull();
    expect(accountHref(null)).toBeNull();
  });
});
