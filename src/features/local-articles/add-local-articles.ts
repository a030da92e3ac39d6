/**
 * Adding the reader's own articles: files or pasted text are read into bytes, ingested in the worker,
 * and the good ones stored. Each file gets its own line in the result, as the CLI prints them.
 */
import { shortHash } from '../../ingest/text/hash';
import type { LocalFile, LocalOutcome } from './ingest-local-files';
import { listLocalArticles, putLocalArticles } from './local-db';
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
 * Ingests and stores `files`; slugs stay clear of `serverSlugs` and of other local articles, except
 * that a file added again (same source) replaces its earlier version.
 */
export async function addLocalArticles(files: LocalFile[], serverSlugs: readonly string[]): Promise<LocalOutcome[]> {
  const existing = await listLocalArticles();
  const sources = new Set(files.map((f) => f.name));
  const others = existing.filter((r) => !sources.has(r.article.source)).map((r) => r.slug);
  const outcomes = await ingestInWorker(files, [...serverSlugs, ...others]);
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
