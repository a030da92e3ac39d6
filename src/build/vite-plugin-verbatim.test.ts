// @vitest-environment node
import { copyFile, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryIndexSchema } from '../ingest/library/library-schema';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { tempDir } from './test-support/temp-dir';
import { DATA_CHANGED_EVENT } from './data-changed-event';
import { verbatim } from './vite-plugin-verbatim';

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function startDevServer(seedsDir: string) {
  const root = await tempDir();
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  server = await createServer({
    configFile: false,
    root,
    mode: 'development',
    logLevel: 'silent',
    plugins: [verbatim({ seedsDir })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const events: unknown[] = [];
  const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void;
  server.ws.send = ((...args: unknown[]) => {
    events.push(args[0]);
    send(...args);
  }) as typeof server.ws.send;
  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { get, events };
}

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting for the dev server to pick up the change');
}

describe('verbatim dev server', () => {
  it('serves the index and each article, and a JSON 404 for an unknown slug', { timeout: 45_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const { get } = await startDevServer(seeds);

    const index = LibraryIndexSchema.parse((await get('/data/index.json')).body);
    // Newest first.
    expect(index.articles.map((a) => a.source)).toEqual(['good_library.txt', 'good_harbour.txt']);
    const slug = index.articles[0]?.slug ?? '';
    expect(await get(`/data/articles/${slug}.json`)).toMatchObject({ status: 200, body: { slug } });
    expect(await get('/data/articles/no-such-article.json')).toEqual({
      status: 404,
      body: { error: 'no article with slug "no-such-article"' },
    });
  });

  it('re-ingests added, changed and deleted seeds and sends verbatim:data-changed', { timeout: 45_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, { 'good_harbour.txt': GOOD_FILES['good_harbour.txt'] ?? '' });
    const { get, events } = await startDevServer(seeds);
    const sources = async () =>
      LibraryIndexSchema.parse((await get('/data/index.json')).body).articles.map((a) => a.source);

    await writeFixtures(seeds, { 'good_library.txt': GOOD_FILES['good_library.txt'] ?? '' });
    await until(async () => (await sources()).length === 2);
    expect(events).toContainEqual({
      type: 'custom',
      event: DATA_CHANGED_EVENT,
      data: { source: 'good_library.txt', kind: 'add' },
    });

    await copyFile(join(seeds, 'good_harbour.txt'), join(seeds, 'good_library.txt'));
    await until(async () => events.some((e) => JSON.stringify(e).includes('"kind":"change"')));
    const titles = LibraryIndexSchema.parse((await get('/data/index.json')).body).articles.map((a) => a.title);
    expect(titles[0]).toBe(titles[1]);

    await unlink(join(seeds, 'good_harbour.txt'));
    await until(async () => (await sources()).join() === 'good_library.txt');
  });

  it('handles many files dropped in at once as one batch, with one reload event', { timeout: 45_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const { get, events } = await startDevServer(seeds);
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `drop_${String(i).padStart(2, '0')}.txt`,
        `ROME – Bus line ${i + 1} runs again, said driver Ada Conti.`,
      ]),
    );
    await writeFixtures(seeds, many);
    await until(async () => LibraryIndexSchema.parse((await get('/data/index.json')).body).total === 42);
    await new Promise((r) => setTimeout(r, 500));
    const changes = events.filter((e) => JSON.stringify(e).includes(DATA_CHANGED_EVENT));
    expect(changes.length).toBeLessThanOrEqual(3);
    expect(changes).toContainEqual({ type: 'custom', event: DATA_CHANGED_EVENT, data: { source: '*', kind: 'add' } });
  });

  it('ingests a copied file once, not once for its add and again for its change', { timeout: 45_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, { 'good_harbour.txt': GOOD_FILES['good_harbour.txt'] ?? '' });
    const { get, events } = await startDevServer(seeds);
    await copyFile(join(seeds, 'good_harbour.txt'), join(seeds, 'copy.txt'));
    await until(async () => LibraryIndexSchema.parse((await get('/data/index.json')).body).total === 2);
    // A change event with the same bytes (the copy finishing, an editor saving unchanged) ingests nothing.
    await writeFile(join(seeds, 'copy.txt'), await readFile(join(seeds, 'copy.txt')));
    await new Promise((r) => setTimeout(r, 1000));
    const forCopy = events.filter((e) => JSON.stringify(e).includes('copy.txt'));
    expect(forCopy).toEqual([{ type: 'custom', event: DATA_CHANGED_EVENT, data: { source: 'copy.txt', kind: 'add' } }]);
  });

  it('re-ingests every seed when the ingest code changes', { timeout: 45_000 }, async () => {
    const seeds = await tempDir();
    await writeFixtures(seeds, GOOD_FILES);
    const { events } = await startDevServer(seeds);
    // Rewriting a pipeline module with its own bytes is a "change" without changing anything.
    const pipelineFile = fileURLToPath(new URL('./data-pipeline.ts', import.meta.url));
    await writeFile(pipelineFile, await readFile(pipelineFile));
    await until(async () => events.some((e) => JSON.stringify(e).includes('"kind":"reload"')));
    expect(events).toContainEqual({ type: 'custom', event: DATA_CHANGED_EVENT, data: { source: '*', kind: 'reload' } });
  });

  it('stays up and serves an empty library when the seeds folder is missing', { timeout: 45_000 }, async () => {
    const { get } = await startDevServer(join(await tempDir(), 'missing'));
    expect(await get('/data/index.json')).toMatchObject({
      status: 200,
      body: { total: 0, articles: [], failures: [] },
    });
  });
});
