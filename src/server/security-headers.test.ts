import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENTRY_LOADER } from './entry-after-paint';
import { cacheControlFor, contentSecurityPolicy, inlineScriptHashes, siteScriptHashes } from './security-headers';

describe('security headers', () => {
  it('hashes inline scripts but not external ones or JSON data blocks', () => {
    const html =
      '<script>var a = 1;</script><script type="module" src="/assets/x.js"></script><script type="application/json" id="s">{}</script>';
    const expected = createHash('sha256').update('var a = 1;').digest('base64');
    expect(inlineScriptHashes(html)).toEqual([`'sha256-${expected}'`]);
  });
  it("allows the shell's inline scripts and the prerendered pages' entry loader", () => {
    const shell = '<script>var a = 1;</script><script type="module" crossorigin src="/assets/x.js"></script>';
    const loader = createHash('sha256').update(ENTRY_LOADER).digest('base64');
    expect(siteScriptHashes(shell)).toEqual([...inlineScriptHashes(shell), `'sha256-${loader}'`]);
  });
  it('allows scripts from the site and the hashed ones only, and no framing', () => {
    const csp = contentSecurityPolicy(["'sha256-abc'"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it('caches hashed assets for good and revalidates pages and data', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
    expect(cacheControlFor('/articles/a/quotes/b')).toBe('no-cache');
    expect(cacheControlFor('/data/index.json')).toBe('no-cache');
  });
});
