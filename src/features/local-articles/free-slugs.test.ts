import { describe, expect, it } from 'vitest';
import { withRepairs } from '../../build/load-spellers';
import { ingestWithFreeSlugs, type IngestFiles } from './free-slugs';
import { ingestLocalFiles, type LocalFile, type LocalOutcome } from './ingest-local-files';

// Invented articles.
const article = (title: string, speaker: string) =>
  `${title}\n\nBy Odalys Penhallow\n\nMay 2, 2025\n\nTRELLICK — The bridge over the mill race reopens on Monday.\n\n"The new planks will outlast all of us," said ${speaker}, the works manager.\n`;

const file = (name: string, text: string): LocalFile => ({ name, bytes: new TextEncoder().encode(text) });
const slugs = (outcomes: LocalOutcome[]) => outcomes.map((o) => (o.ok ? o.article.slug : o.message));

function counting(): { ingest: IngestFiles; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    ingest: (files, taken) => {
      calls.push(files.map((f) => f.name));
      return ingestLocalFiles(files, taken, withRepairs);
    },
  };
}

/** The slug a file gets when nothing is taken. */
async function ownSlug(f: LocalFile): Promise<string> {
  return slugs(await ingestLocalFiles([f], [], withRepairs))[0]!;
}

describe('ingestWithFreeSlugs', { timeout: 30_000 }, () => {
  const bridge = file('bridge.txt', article('Mill race bridge reopens', 'Cosmo Verhulst'));
  const other = file('other.txt', article('Ferry fares frozen for winter', 'Lucan Merriweather'));

  it('keeps the slug when nobody has it, and asks the server once per slug', async () => {
    const asked: string[] = [];
    const { ingest, calls } = counting();
    const outcomes = await ingestWithFreeSlugs([bridge], [], ingest, async (slug) => (asked.push(slug), false));
    expect(slugs(outcomes)).toEqual([await ownSlug(bridge)]);
    expect(asked).toEqual([await ownSlug(bridge)]);
    expect(calls).toHaveLength(1);
  });

  it("renames an article whose slug is the server's, as the build renames a duplicate, and re-reads only that file", async () => {
    const base = await ownSlug(bridge);
    const onServer = new Set([base, `${base}-2`]);
    const { ingest, calls } = counting();
    const outcomes = await ingestWithFreeSlugs([bridge, other], [], ingest, async (s) => onServer.has(s));
    expect(slugs(outcomes)).toEqual([`${base}-3`, await ownSlug(other)]);
    const renamed = outcomes[0]!;
    expect(renamed.ok && renamed.article.warnings.at(-1)?.code).toBe('duplicate-slug');
    expect(calls).toEqual([['bridge.txt', 'other.txt'], ['bridge.txt'], ['bridge.txt']]);
  });

  it("keeps clear of the other local articles' slugs and of the server's at once", async () => {
    const base = await ownSlug(bridge);
    const { ingest } = counting();
    const outcomes = await ingestWithFreeSlugs([bridge], [base], ingest, async (s) => s === `${base}-2`);
    expect(slugs(outcomes)).toEqual([`${base}-3`]);
  });

  it('adds the article when the server cannot be asked (offline)', async () => {
    const { ingest } = counting();
    const outcomes = await ingestWithFreeSlugs([bridge], [], ingest, () => Promise.reject(new Error('offline')));
    expect(slugs(outcomes)).toEqual([await ownSlug(bridge)]);
  });
});
