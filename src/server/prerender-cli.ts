/**
 * `tsx src/server/prerender-cli.ts [DIST]` (run by `npm run build` after `vite build`): prerenders
 * every page of the built site in DIST (default dist/), writes the cards, sitemap and robots.txt,
 * then the brotli and gzip copies the server sends. `SITE_URL` sets the absolute address
 * (default http://localhost:4173).
 */
import { resolve } from 'node:path';
import { compressSite } from './compress-site';
import { prerenderSite } from './prerender-site';
import { writeHeadersFile } from './write-headers-file';

const distDir = resolve(process.argv[2] ?? 'dist');
const siteUrl = process.env.SITE_URL || 'http://localhost:4173';
const cacheDir = resolve(process.env.CARD_CACHE_DIR ?? 'node_modules/.cache/verbatim-cards');

try {
  const stats = await prerenderSite({ distDir, siteUrl, cacheDir, log: process.env.VERBOSE ? console.log : undefined });
  const { rendered, cached, renderMs } = stats.cards;
  const perCard = rendered ? ` (${(renderMs / rendered).toFixed(0)} ms a card)` : '';
  console.log(
    `prerendered ${stats.pages} pages in ${(stats.ms / 1000).toFixed(1)} s; cards: ${rendered} rendered${perCard}, ${cached} from the cache`,
  );
  writeHeadersFile(distDir);
  const compressed = await compressSite(distDir);
  console.log(`compressed ${compressed.files} files (brotli and gzip) in ${(compressed.ms / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`prerender failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
