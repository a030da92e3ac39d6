/**
 * A private copy of the built site with its own server (the real one, `npm start`'s), for specs
 * that re-ingest an article: they run the real ingest CLI and the real prerender on the copy, as a
 * rebuild after an edit would, and never disturb the shared e2e server.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { e2eOutDir, projectRoot } from './seeds-dir';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

export interface PrivateSite {
  url: string;
  /** Writes the article file, re-ingests the folder and prerenders the site again. */
  publish: (fileName: string, text: string) => Promise<void>;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function privateSite(): Promise<PrivateSite> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'verbatim-site-'));
  const dist = path.join(root, 'dist');
  const seeds = path.join(root, 'seeds');
  cpSync(e2eOutDir, dist, { recursive: true, preserveTimestamps: true });
  rmSync(path.join(dist, 'data'), { recursive: true, force: true });
  mkdirSync(seeds);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env = { ...process.env, SITE_URL: url, PORT: String(port) };
  const server = spawn(tsx, ['src/server/start-server.ts', dist], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && resolve());
    server.on('exit', (code) => reject(new Error(`the site server exited (${code})`)));
  });
  return {
    url,
    async publish(fileName, text) {
      writeFileSync(path.join(seeds, fileName), text);
      await run(tsx, ['src/build/ingest-cli.ts', '--seeds', seeds, '--out', path.join(dist, 'data')], {
        cwd: projectRoot,
        env,
      });
      await run(tsx, ['src/server/prerender-cli.ts', dist], { cwd: projectRoot, env });
    },
    async close() {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill();
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
