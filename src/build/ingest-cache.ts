/**
 * A content-hash cache of ingested articles, so a rebuild re-ingests only the files that changed.
 * The key is a hash of the file's name (the article keeps it, and its slug is made from it), its
 * bytes and what makes the article from them: the ingest code (every source file under src/ingest),
 * the build's loaders of the repair's dictionaries and word lists, and the installed versions of
 * the runtime packages (dictionaries, word lists, name lists, the language identifier), so editing
 * the core or upgrading a dictionary invalidates everything. Each entry is two files: the article's
 * JSON, ready to copy, and its digest, which is all a rebuild of the shared files needs to read.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ArticleDigest } from './article-digest';
import { PROJECT_ROOT } from './project-root';

/** Default cache folder: where build tools keep theirs, ignored by git. `VERBATIM_CACHE_DIR` moves it
 * (tests give each run its own, so one test's cached bytes never answer for another's). */
export const DEFAULT_CACHE_DIR =
  process.env.VERBATIM_CACHE_DIR || join(PROJECT_ROOT, 'node_modules', '.cache', 'verbatim');

export function sha1(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Source files outside the core that change what an ingested article holds (its repairs). */
const REPAIR_LOADERS = ['src/build/load-spellers.ts', 'src/lib/word-frequency-lists.ts'];

let codeVersion: Promise<string> | undefined;
/** A hash of every non-test source file of the ingest core, the repair loaders and the installed
 * versions of the runtime dependencies (read once per process). */
export function ingestCodeVersion(): Promise<string> {
  return (codeVersion ??= (async () => {
    const root = join(PROJECT_ROOT, 'src', 'ingest');
    const files = (await readdir(root, { recursive: true }))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    const hash = createHash('sha1');
    for (const file of files) hash.update(relative(root, join(root, file))).update(await readFile(join(root, file)));
    for (const file of REPAIR_LOADERS) hash.update(file).update(await readFile(join(PROJECT_ROOT, file)));
    hash.update(await runtimeDependencyVersions());
    return hash.digest('hex');
  })());
}

/** `name@version` of each runtime dependency as installed (a dictionary upgraded in place, with the
 * same range in package.json, still changes the key). */
async function runtimeDependencyVersions(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const names = Object.keys(manifest.dependencies ?? {}).sort();
  const versions = await Promise.all(
    names.map(async (name) => {
      try {
        const installed = await readFile(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8');
        return `${name}@${(JSON.parse(installed) as { version?: string }).version ?? '?'}`;
      } catch {
        return `${name}@missing`;
      }
    }),
  );
  return versions.join('\n');
}

export interface IngestCache {
  keyOf(name: string, bytes: Uint8Array): string;
  digest(key: string): Promise<ArticleDigest | null>;
  articleJson(key: string): Promise<string>;
  put(key: string, articleJson: string, digest: ArticleDigest): Promise<void>;
}

export async function openIngestCache(dir: string): Promise<IngestCache> {
  const version = await ingestCodeVersion();
  await mkdir(dir, { recursive: true });
  const path = (key: string, what: 'article' | 'digest') => join(dir, `${key}.${what}.json`);
  // Write then rename: a run stopped half-way never leaves a torn entry that a later run would trust.
  const put = async (file: string, text: string) => {
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, text);
    await rename(temp, file);
  };
  return {
    keyOf: (name, bytes) => sha1(version, name, bytes),
    async digest(key) {
      try {
        return JSON.parse(await readFile(path(key, 'digest'), 'utf8')) as ArticleDigest;
      } catch {
        return null;
      }
    },
    articleJson: (key) => readFile(path(key, 'article'), 'utf8'),
    async put(key, articleJson, digest) {
      // An article whose repairs were skipped (a dictionary could not be read) is not kept: the next
      // run, with the dictionary readable again, must repair it rather than serve the skipped copy.
      if (digest.warnings.some((w) => w.code === 'repair-skipped')) return;
      await put(path(key, 'article'), articleJson);
      await put(path(key, 'digest'), JSON.stringify(digest));
    },
  };
}
