/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with the same headers
 * `npm start` sends, so a static host can serve dist/ as this server does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteScriptHashes, securityHeaders } from './security-headers';

export function writeHeadersFile(distDir: string): void {
  const shell = readFileSync(join(distDir, '.verbatim/shell.html'), 'utf8');
  const common = Object.entries(securityHeaders(siteScriptHashes(shell))).map(([k, v]) => `  ${k}: ${v}`);
  const lines = [
    '/*',
    ...common,
    '  Cache-Control: no-cache',
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ];
  writeFileSync(join(distDir, '_headers'), lines.join('\n'));
}
