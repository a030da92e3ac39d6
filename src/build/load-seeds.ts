/**
 * Reads a folder of article text files and ingests each one on its own, so that one bad file
 * (unreadable, binary, a bug in the core) can never stop the others: it becomes a failure entry
 * that names the file and the problem.
 */
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { ingestArticle } from '../ingest/ingest-article';
import type { Article, IngestFailure } from '../ingest/schema';
import { withRepairs } from './load-spellers';
import { mapInOrder } from './map-in-order';

export { resolveSeedsDir } from './seeds-dir';

/** What happened to one file: an article, or a failure whose message names the file. */
export type SeedOutcome =
  { source: string; ok: true; article: Article } | { source: string; ok: false; message: string };

/** The seeds folder cannot be listed at all (missing, not a folder, no permission). */
export class SeedsFolderError extends Error {
  override name = 'SeedsFolderError';
}

/** Names of the `.txt` entries in `dir`, sorted so output order never depends on the file system. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new SeedsFolderError(describeFolderError(dir, error));
  }
  return names.filter((name) => name.toLowerCase().endsWith('.txt')).sort();
}

/**
 * The path to read for a seed, or why it must not be read. A symbolic link is followed only to a
 * file inside the seeds folder: `ln -s /etc/passwd seeds/passwd.txt` must not publish the password
 * file. The resolved path is what gets read, so swapping the link after the check changes nothing.
 */
async function seedPath(dir: string, name: string): Promise<{ path: string } | { refused: string }> {
  const path = join(dir, name);
  const entry = await lstat(path);
  if (!entry.isSymbolicLink()) return { path };
  const target = await readlink(path);
  let resolved: string;
  try {
    resolved = await realpath(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { refused: `dangling symbolic link: it points to ${target}, which does not exist` };
    if (code === 'ELOOP') return { refused: `symbolic link loop: it points to ${target}, which leads back to itself` };
    throw error;
  }
  const inside = relative(await realpath(dir), resolved);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return {
      refused: `skipped: a symbolic link to ${target}, outside the seeds folder (only links to files inside it are followed)`,
    };
  }
  return { path: resolved };
}

/** Reads one file's bytes (through seedPath's checks), or says why it cannot be read; never throws. */
export async function readSeedFile(
  dir: string,
  name: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  try {
    const where = await seedPath(dir, name);
    if ('refused' in where) return { ok: false, message: `${name}: ${where.refused}` };
    return { ok: true, bytes: await readFile(where.path) };
  } catch (error) {
    return { ok: false, message: `${name}: ${describeReadError(error)}` };
  }
}

/** Reads and ingests one file; never throws. */
export async function ingestSeedFile(dir: string, name: string): Promise<SeedOutcome> {
  const read = await readSeedFile(dir, name);
  if (!read.ok) return { source: name, ok: false, message: read.message };
  return ingestSeedBytes(name, read.bytes);
}

/** Ingests one file's bytes (with the repair step); never throws. */
export async function ingestSeedBytes(name: string, bytes: Uint8Array): Promise<SeedOutcome> {
  try {
    const result = ingestArticle(name, bytes);
    if (result.ok) return { source: name, ok: true, article: await withRepairs(result.article) };
    return { source: name, ok: false, message: mentionFile(name, result.error) };
  } catch (error) {
    // The core promises not to throw; if it does anyway, only this file is lost.
    return { source: name, ok: false, message: `${name}: ingest crashed: ${errorText(error)}` };
  }
}

/** Ingests every `.txt` file in `dir` in name order, reporting each outcome as it lands. */
export async function loadSeeds(
  dir: string,
  onOutcome?: (outcome: SeedOutcome, done: number, total: number) => void,
): Promise<SeedOutcome[]> {
  const names = await listSeedFiles(dir);
  const outcomes: SeedOutcome[] = [];
  // Reads overlap; ingests run one at a time, in name order.
  await mapInOrder(
    names,
    8,
    (name) => readSeedFile(dir, name),
    async (read, name) => {
      const outcome: SeedOutcome = read.ok
        ? await ingestSeedBytes(name, read.bytes)
        : { source: name, ok: false, message: read.message };
      outcomes.push(outcome);
      onOutcome?.(outcome, outcomes.length, names.length);
    },
  );
  return outcomes;
}

/** Splits outcomes into the articles and the failures the library index lists. */
export function partitionOutcomes(outcomes: readonly SeedOutcome[]): {
  articles: Article[];
  failures: IngestFailure[];
} {
  const articles: Article[] = [];
  const failures: IngestFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) articles.push(outcome.article);
    else failures.push({ source: outcome.source, message: outcome.message });
  }
  return { articles, failures };
}

function mentionFile(name: string, message: string): string {
  return message.includes(name) ? message : `${name}: ${message}`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeFolderError(dir: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `seeds folder not found: ${dir} (set SEEDS_DIR or pass --seeds to point at a folder of .txt files)`;
    case 'ENOTDIR':
      return `seeds folder is not a folder: ${dir}`;
    case 'EACCES':
    case 'EPERM':
      return `seeds folder cannot be read (permission denied): ${dir}`;
    default:
      return `seeds folder cannot be read: ${dir}: ${errorText(error)}`;
  }
}

function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read file (permission denied)';
    case 'EISDIR':
      return 'not a text file: it is a folder';
    case 'ENOENT':
      return 'file disappeared before it could be read';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large to read into memory';
    default:
      return `cannot read file: ${errorText(error)}`;
  }
}
