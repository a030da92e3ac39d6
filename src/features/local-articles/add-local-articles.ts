/**
 * Adding the reader's own articles: files or pasted text are read into bytes, ingested in the worker,
 * and the good ones stored. Each file gets its own line in the result, as the CLI prints them.
 */
import { shortHash } from '../../ingest/text/hash';
import { dataUrls } from '../../lib/paths';
import { ingestWithFreeSlugs } from './free-slugs';
import type { LocalFile, LocalOutcome } from './ingest-local-files';
import { listLocalArticles, putLocalArticles } from '../../lib/local-db';
import { ingestInWorker } from './run-ingest-worker';

/** A name for pasted text: the same text pasted twice is the same article, not two. */
export function pastedSource(text: string): string {
  return `pasted-${shortHash(text)}.txt`;
}

export async function filesFromPaste(text: string): Promise<LocalFile[]> {
  return [{ name: pastedSource(text), bytes: new TextEncoder().encode(text) }];
}

export async function filesFromList(list: Iterable<File>): Promise<LocalFile[]> {
  return Promise.all(
    [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

/**
 * Whether the server has an article with this slug. HEAD, so the service worker (GET routes only)
 * neither answers it from a cache nor saves the article; offline it throws and counts as free.
 */
async function onServer(slug: string): Promise<boolean> {
  const response = await fetch(dataUrls.article(slug), { method: 'HEAD', cache: 'no-store' });
  return response.ok;
}

/**
 * Ingests and stores `files`; slugs stay clear of the server's articles (`serverSlugs`, the ones
 * the page knows, then each new slug asked of the server) and of other local articles, so neither
 * hides the other. A file added again (same source) replaces its earlier version.
 */
export async function addLocalArticles(files: LocalFile[], serverSlugs: readonly string[]): Promise<LocalOutcome[]> {
  const existing = await listLocalArticles();
  const sources = new Set(files.map((f) => f.name));
  const others = existing.filter((r) => !sources.has(r.article.source)).map((r) => r.slug);
  // The worker takes the bytes (transferred): a file read again is sent as a copy.
  const ingest = (batch: LocalFile[], taken: string[]) =>
    ingestInWorker(
      batch.map((f) => ({ name: f.name, bytes: f.bytes.slice() })),
      taken,
    );
  const outcomes = await ingestWithFreeSlugs(files, [...serverSlugs, ...others], ingest, onServer);
  const addedAt = new Date().toISOString();
  const added = outcomes.flatMap((o) =>
    o.ok ? [{ slug: o.article.slug, article: o.article, summary: o.summary, addedAt }] : [],
  );
  // A file added again replaces its earlier version, even when its new title gives a new slug.
  const addedSources = new Set(added.map((r) => r.article.source));
  const stale = existing.filter((r) => addedSources.has(r.article.source) && !added.some((a) => a.slug === r.slug));
  await putLocalArticles(
    added,
    stale.map((r) => r.slug),
  );
  return outcomes;
}
