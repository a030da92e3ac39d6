/**
 * The headers every response carries, and the Content-Security-Policy built from the page shell:
 * no inline script runs except the ones the shell holds, each allowed by its SHA-256 hash.
 * Prerendered page state travels as `type="application/json"`, which CSP does not treat as script.
 */
import { createHash } from 'node:crypto';
import { loadEntryAfterPaint } from './entry-after-paint';

/** Hashes of the inline scripts in `html` (those without src and not JSON data), as CSP sources. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/.test(attrs) || /type="application\/(?:ld\+)?json"/.test(attrs)) continue;
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/**
 * The hashes every page of the site needs: the shell's inline scripts, and the loader that
 * prerendered pages carry in place of the entry module (see entry-after-paint.ts).
 */
export function siteScriptHashes(shell: string): string[] {
  return inlineScriptHashes(loadEntryAfterPaint(shell));
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React sets a few style attributes (speaker colours); no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(scriptHashes: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** Hashed build output never changes under its name; everything else is checked each time. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
