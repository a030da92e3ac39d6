/**
 * Builds the library from a seeds folder straight into an output folder, one article at a time:
 * read (several files at once), ingest, check, write, and let go, keeping only each article's small
 * digest for the shared files. Memory then stays flat as the library grows. With a cache, a file
 * whose bytes (and the ingest code) did not change is not ingested again; with the manifest, a file
 * whose content did not change is not written again, and only files an earlier run wrote are removed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dataFiles } from '../ingest/library/data-files';
import type { Article, IngestFailure } from '../ingest/schema';
import { digestArticle, type ArticleDigest } from './article-digest';
import { checkOutcome, createSlugClaims, toJson } from './build-library';
import { readManifest, writeManifest } from './data-manifest';
import { reportOfDigest, type OutcomeReport } from './describe-outcome';
import { openIngestCache, sha1, type IngestCache } from './ingest-cache';
import { libraryDataFiles } from './library-data';
import { ingestSeedBytes, listSeedFiles, readSeedFile, type SeedOutcome } from './load-seeds';
import { mapInOrder } from './map-in-order';

export interface WriteLibraryOptions {
  seedsDir: string;
  outDir: string;
  /** Folder of the content-hash cache; null: ingest everything. */
  cacheDir: string | null;
  /** Called once per file, in name order, as it is done. */
  onReport?: (report: OutcomeReport, done: number, total: number) => void;
}

export interface WriteLibraryResult {
  reports: OutcomeReport[];
  failures: IngestFailure[];
  /** Files written, left as they were (same content), removed (written by an earlier run only). */
  written: number;
  unchanged: number;
  removed: number;
  /** Files ingested (the rest came from the cache). */
  ingested: number;
}

/** One file read and, unless the cache had it, ingested and checked. */
type Prepared =
  | { source: string; kind: 'failed'; message: string }
  | { source: string; kind: 'cached'; key: string; digest: ArticleDigest }
  | { source: string; kind: 'fresh'; key: string; article: Article; json: string };

/** How many files are read ahead of the one being ingested. */
const READ_AHEAD = 8;

export async function writeLibraryFromSeeds(options: WriteLibraryOptions): Promise<WriteLibraryResult> {
  const { seedsDir, outDir } = options;
  const names = await listSeedFiles(seedsDir);
  const cache = options.cacheDir ? await openIngestCache(options.cacheDir) : null;
  const previous = await readManifest(outDir);
  const next = new Map<string, string>();
  const result: WriteLibraryResult = { reports: [], failures: [], written: 0, unchanged: 0, removed: 0, ingested: 0 };
  const digests: ArticleDigest[] = [];
  const claim = createSlugClaims();

  const put = async (path: string, hash: string, json: () => string | Promise<string>) => {
    next.set(path, hash);
    const file = join(outDir, path);
    // With a cache the manifest is trusted: statting every file (tens of thousands at scale) would
    // cost more than the rest of a rebuild. Without one (--no-cache) every file is written again.
    if (cache && previous.get(path) === hash) {
      result.unchanged++;
      return;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await json());
    result.written++;
  };

  await mkdir(outDir, { recursive: true });
  await mapInOrder(
    names,
    READ_AHEAD,
    (name) => prepare(seedsDir, name, cache),
    async (prepared) => {
      let report: OutcomeReport;
      if (prepared.kind === 'failed') {
        report = { source: prepared.source, ok: false, message: prepared.message };
      } else {
        if (prepared.kind === 'fresh') result.ingested++;
        if (prepared.kind === 'cached' && !claim.isTaken(prepared.digest.summary.slug)) {
          const { digest, key } = prepared;
          claim.take(digest.summary.slug, prepared.source);
          await put(dataFiles.article(digest.summary.slug), key, () => cache!.articleJson(key));
          digests.push(digest);
          report = reportOfDigest(prepared.source, digest);
        } else {
          // Fresh, or cached under a slug an earlier file now has: this article's JSON is made here.
          const article =
            prepared.kind === 'fresh'
              ? prepared.article
              : (JSON.parse(await cache!.articleJson(prepared.key)) as Article);
          const claimed = claim({ source: prepared.source, ok: true, article });
          if (!claimed.ok) throw new Error('a claimed article stays an article');
          const same = claimed.article === article && prepared.kind === 'fresh';
          const json = prepared.kind === 'fresh' && same ? prepared.json : toJson(claimed.article);
          const digest = digestArticle(claimed.article);
          await put(dataFiles.article(claimed.article.slug), same ? prepared.key : sha1(json), () => json);
          digests.push(digest);
          report = reportOfDigest(prepared.source, digest);
        }
      }
      if (!report.ok) result.failures.push({ source: report.source, message: report.message });
      result.reports.push(report);
      options.onReport?.(report, result.reports.length, names.length);
    },
  );

  for (const file of libraryDataFiles(digests, result.failures)) await put(file.path, sha1(file.json), () => file.json);
  for (const path of previous.keys()) {
    if (next.has(path)) continue;
    await rm(join(outDir, path), { force: true });
    result.removed++;
  }
  await writeManifest(outDir, next);
  return result;
}

async function prepare(seedsDir: string, name: string, cache: IngestCache | null): Promise<Prepared> {
  const read = await readSeedFile(seedsDir, name);
  if (!read.ok) return { source: name, kind: 'failed', message: read.message };
  const key = cache?.keyOf(name, read.bytes) ?? '';
  const cached = cache && (await cache.digest(key));
  if (cached) return { source: name, kind: 'cached', key, digest: cached };
  const outcome: SeedOutcome = checkOutcome(await ingestSeedBytes(name, read.bytes));
  if (!outcome.ok) return { source: name, kind: 'failed', message: outcome.message };
  const json = toJson(outcome.article);
  // Failures are not cached: they are rare, quick to find again, and their messages may improve.
  if (cache) await cache.put(key, json, digestArticle(outcome.article));
  return { source: name, kind: 'fresh', key: key || sha1(json), article: outcome.article, json };
}
