/**
 * Writes `.br` and `.gz` beside each text file of the build, so the server sends them as they are
 * instead of compressing every response. A copy newer than its file is kept: a rebuild after a
 * re-ingest compresses only what changed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|xml|txt|svg|webmanifest)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 512;

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
    // A copy whose file is gone (an article deleted since) would still be served: remove it.
    else if (/\.(?:br|gz)$/.test(entry.name) && !existsSync(path.slice(0, -3))) rmSync(path);
  }
}

const fresh = (copy: string, mtimeMs: number) => existsSync(copy) && statSync(copy).mtimeMs >= mtimeMs;

export async function compressSite(distDir: string): Promise<{ files: number; ms: number }> {
  const started = performance.now();
  let files = 0;
  for (const path of textFiles(distDir)) {
    const stat = statSync(path);
    if (stat.size < MIN_BYTES || (fresh(`${path}.br`, stat.mtimeMs) && fresh(`${path}.gz`, stat.mtimeMs))) continue;
    const body = readFileSync(path);
    // The best brotli for hashed assets (compressed once, sent forever); a faster level for pages
    // and data, which a 10,000-article library has hundreds of thousands of.
    const quality = path.includes(`${sep}assets${sep}`) ? 11 : 9;
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    files++;
  }
  return { files, ms: performance.now() - started };
}
