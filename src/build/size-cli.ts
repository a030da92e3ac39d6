/**
 * `npm run size`: the JS and CSS a first visit to a reader route downloads, gzipped, against the
 * budget. The files come from Vite's build manifest (first-visit-files.ts), so nothing here depends
 * on how Vite writes its chunks. Exits 1 over budget, 2 when dist/ or its manifest is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstVisitFiles, type Manifest } from './first-visit-files';

const BUDGET_KB = { js: 125, css: 15 };
const dist = path.resolve(process.argv[2] ?? 'dist');
const read = (file: string) => fs.readFileSync(path.join(dist, file));

function main(): number {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`size: ${dist}/index.html not found; run \`npm run build\` first`);
    return 2;
  }
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    console.error(`size: ${manifestPath} not found; the build must write it (build.manifest in vite.config.ts)`);
    return 2;
  }
  let files: Set<string>;
  try {
    files = firstVisitFiles(JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest);
  } catch (error) {
    console.error(`size: ${(error as Error).message}`);
    return 2;
  }
  const totals = { js: 0, css: 0 };
  const rows: string[] = [];
  for (const file of [...files].sort()) {
    const kind = file.endsWith('.css') ? 'css' : 'js';
    const gz = gzipSync(read(file), { level: 9 }).length;
    totals[kind] += gz;
    rows.push(`  ${(gz / 1000).toFixed(2).padStart(8)} kB  ${file}`);
  }
  console.log('First visit to a reader route (gzip -9, 1 kB = 1000 B):');
  console.log(rows.join('\n'));
  let over = false;
  for (const kind of ['js', 'css'] as const) {
    const kb = totals[kind] / 1000;
    const ok = kb <= BUDGET_KB[kind];
    over ||= !ok;
    console.log(
      `${kind.toUpperCase().padEnd(3)} ${kb.toFixed(2)} kB of ${BUDGET_KB[kind]} kB  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  return over ? 1 : 0;
}

process.exitCode = main();
