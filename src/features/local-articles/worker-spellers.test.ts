import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withRepairs } from '../../build/load-spellers';
import { PROJECT_ROOT } from '../../build/project-root';
import { ingestArticle } from '../../ingest/ingest-article';
import { withRepairsInWorker } from './worker-spellers';

const require = createRequire(import.meta.url);
/** The packages' files, as file: URLs the stubbed fetch below reads from disk. */
const locate = (lang: string) => {
  if (!['de', 'es', 'fr', 'it', 'nl', 'pl'].includes(lang)) return null;
  const dir = dirname(require.resolve(`dictionary-${lang}`));
  return { aff: `file:${join(dir, 'index.aff')}`, dic: `file:${join(dir, 'index.dic')}` };
};

async function seedArticle() {
  const name = '000_cf5a0140f55f6d5e.txt';
  const result = ingestArticle(name, new Uint8Array(await readFile(join(PROJECT_ROOT, 'seeds', name))));
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

afterEach(() => vi.unstubAllGlobals());

// Dictionaries take a second or more to read on a busy machine.
describe('withRepairsInWorker', { timeout: 30_000 }, () => {
  it("repairs the seed's French tweet exactly as the build does", async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(await readFile(url.replace(/^file:/, ''))));
    const article = await seedArticle();
    const inWorker = await withRepairsInWorker(article, locate);
    expect(inWorker.repairs?.length).toBeGreaterThan(0);
    expect(inWorker).toEqual(await withRepairs(article));
  });

  it('keeps the article, unrepaired and with a warning, when a dictionary cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    const inWorker = await withRepairsInWorker(await seedArticle(), (lang) => locate(lang));
    expect(inWorker.repairs).toEqual([]);
    expect(inWorker.warnings.at(-1)).toMatchObject({
      code: 'repair-skipped',
      message: expect.stringContaining('Dictionaries or word lists for fr could not be read'),
    });
  });
});
