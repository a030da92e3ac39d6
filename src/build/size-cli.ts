/**
 * `npm run size`: the JS and CSS a first visit to a reader route downloads, gzipped, against the
 * budget. Reads the built `dist/`: index.html's script, modulepreload and stylesheet tags, then the
 * lazy reader chunk with its preload dependencies and static imports (or the Vite manifest, when
 * `build.manifest` is on). Exits 1 over budget, 2 when dist/ is missing or unreadable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { js: 125, css: 15 };
/** The route module the reader is built from; its chunk is named after it. */
const READER_MODULE = 'src/app/routes/reader.tsx';
const READER_CHUNK = /^reader-[\w-]+\.js$/;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const dist = path.resolve(process.argv[2] ?? 'dist');
const read = (file: string) => fs.readFileSync(path.join(dist, file));
const clean = (href: string) => href.replace(/^\//, '').replace(/^\.\//, '');

/** Files from the manifest: the entry, its static imports, the reader chunk and its imports, their CSS. */
function fromManifest(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  visit(entry);
  const reader = Object.keys(manifest).find((k) => k.endsWith(READER_MODULE) || manifest[k]!.src === READER_MODULE);
  if (!reader) throw new Error(`the manifest has no chunk for ${READER_MODULE}`);
  visit(reader);
  return files;
}

/** Files from index.html and the chunks' own import statements, for builds without a manifest. */
function fromHtml(): Set<string> {
  const html = read('index.html').toString();
  const files = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0];
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^https?:/.test(url)) continue;
    if (/<script\b[^>]*type="module"/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag)) files.add(clean(url));
  }
  const jsQueue = [...files].filter((f) => f.endsWith('.js'));
  const seen = new Set<string>();
  while (jsQueue.length > 0) {
    const file = jsQueue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.add(file);
    const code = read(file).toString();
    const dir = path.posix.dirname(file);
    // Static imports between chunks: `import{…}from"./x.js"` and `import"./x.js"`.
    for (const m of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) jsQueue.push(path.posix.join(dir, m[1]!));
    // The lazy reader route, with the dependencies Vite preloads beside it.
    const reader = [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].find((m) => READER_CHUNK.test(path.posix.basename(m[1]!)));
    if (reader) {
      jsQueue.push(path.posix.join(dir, reader[1]!));
      const deps = /__vite__mapDeps\(\[([\d,\s]*)\]\)/.exec(code.slice(reader.index!, reader.index! + 400));
      const table = /m\.f=\[([^\]]*)\]/.exec(code)?.[1];
      if (deps && table) {
        const names = [...table.matchAll(/["'`]([^"'`]+)["'`]/g)].map((n) => n[1]!);
        for (const i of deps[1]!.split(',').filter(Boolean)) {
          const dep = names[Number(i)];
          if (dep?.endsWith('.css')) files.add(clean(dep));
          else if (dep) jsQueue.push(clean(dep));
        }
      }
    }
  }
  if (![...files].some((f) => READER_CHUNK.test(path.posix.basename(f)))) {
    throw new Error('could not find the lazy reader chunk (reader-*.js) in the entry chunk');
  }
  return files;
}

function main(): number {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`size: ${dist}/index.html not found; run \`npm run build\` first`);
    return 2;
  }
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  let files: Set<string>;
  try {
    files = fs.existsSync(manifestPath)
      ? fromManifest(JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>)
      : fromHtml();
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
    console.log(`${kind.toUpperCase().padEnd(3)} ${kb.toFixed(2)} kB of ${BUDGET_KB[kind]} kB  ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  return over ? 1 : 0;
}

process.exitCode = main();
