// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';

async function dist(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const HTML = '<!doctype html><script type="module" src="/assets/index-a.js"></script>';
const MANIFEST = JSON.stringify({
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    css: ['assets/index-c.css'],
    dynamicImports: ['src/app/routes/reader.tsx'],
  },
  'src/app/routes/reader.tsx': { file: 'assets/reader-d.js' },
});

describe('npm run size', () => {
  it('sums the files the manifest says a reader page loads first', { timeout: 60_000 }, async () => {
    const dir = await dist({
      'index.html': HTML,
      '.vite/manifest.json': MANIFEST,
      'assets/index-a.js': 'import("./reader-d.js");'.repeat(10),
      'assets/index-c.css': 'p{color:red}',
      'assets/reader-d.js': 'export const r = 1;',
    });
    const run = await runCli('size-cli.ts', [dir]);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toMatch(/assets\/index-a\.js[\s\S]*assets\/reader-d\.js/);
    expect(run.stdout).toMatch(/^JS {2}0\.\d\d kB of 125 kB {2}ok$/m);
  });

  it('refuses to guess from the HTML when the build wrote no manifest', { timeout: 60_000 }, async () => {
    const dir = await dist({
      'index.html': HTML,
      'assets/index-a.js': 'import("./reader-d.js");',
      'assets/reader-d.js': '',
    });
    const run = await runCli('size-cli.ts', [dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('manifest.json not found; the build must write it (build.manifest in vite.config.ts)');
  });
});
