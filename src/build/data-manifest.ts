/**
 * The list of files a Verbatim run wrote into an output folder, with a hash of each. The next run
 * skips a file whose content is unchanged and removes only files an earlier run listed here and this
 * one did not write: whatever else is in the folder is never touched.
 *
 * Two files, so that a rebuild after one edit writes a few lines, not the whole list:
 * `.verbatim-manifest.json` (every path, sorted, as a build from scratch writes it) and
 * `.verbatim-manifest.log`, to which each later build appends one line per path it added, changed
 * (`["path","hash"]`) or removed (`["path",null]`). When the log outgrows a quarter of the list,
 * the list is written again whole and the log removed. A log whose last line is cut off (a run was
 * stopped while writing it) makes the whole manifest untrusted: the next run writes every file again.
 */
import { createHash } from 'node:crypto';
import { appendFile, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE_PATTERN } from '../ingest/library/data-files';
import { sha1 } from './ingest-cache';

export const MANIFEST_FILE = '.verbatim-manifest.json';
export const MANIFEST_LOG = '.verbatim-manifest.log';

export interface Manifest {
  /** Path (relative to the data folder) → content hash. */
  files: Map<string, string>;
  /** Hash of the manifest's text, list and log ('' when there is none), so a build can tell it is the one it wrote. */
  hash: string;
  /** The list's hash and the log, for the hash after what is appended next. */
  listHash: string;
  log: string;
  logLines: number;
}

/** Path → content hash. Empty when there is none or it is unreadable. */
export async function readManifest(outDir: string): Promise<Map<string, string>> {
  return (await readManifestWithHash(outDir)).files;
}

const NONE: Manifest = { files: new Map(), hash: '', listHash: '', log: '', logLines: 0 };

/** The manifest and a hash of its text ('' when there is none or it cannot be trusted). */
export async function readManifestWithHash(outDir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return NONE;
  }
  let log = '';
  try {
    log = await readFile(join(outDir, MANIFEST_LOG), 'utf8');
  } catch {
    // No build since the list was written whole.
  }
  const files = parseManifest(text);
  const lines = log.split('\n');
  if (lines.pop() !== '') return NONE;
  for (const line of lines) {
    let change: unknown;
    try {
      change = JSON.parse(line);
    } catch {
      return NONE;
    }
    if (!Array.isArray(change) || typeof change[0] !== 'string' || !DATA_FILE_PATTERN.test(change[0])) continue;
    if (typeof change[1] === 'string') files.set(change[0], change[1]);
    else files.delete(change[0]);
  }
  const listHash = sha1(text);
  return { files, hash: hashOf(listHash, log), listHash, log, logLines: lines.length };
}

const hashOf = (listHash: string, log: string) => (log ? sha1(listHash, log) : listHash);

function parseManifest(text: string): Map<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    const files = typeof value === 'object' && value && 'files' in value ? value.files : null;
    if (typeof files !== 'object' || files === null) return new Map();
    // Only paths shaped like our own data files: a doctored manifest cannot point a removal elsewhere.
    return new Map(
      Object.entries(files).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && DATA_FILE_PATTERN.test(e[0]),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Writes the whole list and removes the log; returns the hash of the manifest. */
export async function writeManifest(outDir: string, files: Map<string, string>): Promise<string> {
  return writeSortedManifest(
    outDir,
    [...files].sort(([a], [b]) => comparePaths(a, b)),
  );
}

/** The manifest's order of paths (code units, as `<` compares strings). */
export const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Characters of the list held before they are appended to its file. */
const LIST_CHUNK = 1 << 20;

/**
 * Writes the whole list from `[path, hash]` pairs already in path order, a megabyte at a time (a
 * build from scratch streams them from sorted runs, not from a map of every file), and removes the
 * log; returns the hash of the manifest. Of pairs with the same path, the last counts (as a map's).
 * The bytes are those of `JSON.stringify({ writtenBy, files })` over the same pairs.
 */
export async function writeSortedManifest(
  outDir: string,
  sorted: Iterable<readonly [string, string]> | AsyncIterable<readonly [string, string]>,
): Promise<string> {
  await rm(join(outDir, MANIFEST_LOG), { force: true });
  const file = await open(join(outDir, MANIFEST_FILE), 'w');
  const hash = createHash('sha1');
  let chunk = '{"writtenBy":"verbatim","files":{';
  const flush = async () => {
    hash.update(chunk);
    await file.write(chunk);
    chunk = '';
  };
  try {
    let pending: readonly [string, string] | undefined;
    let first = true;
    const emit = async ([path, fileHash]: readonly [string, string]) => {
      chunk += `${first ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(fileHash)}`;
      first = false;
      if (chunk.length > LIST_CHUNK) await flush();
    };
    for await (const pair of sorted) {
      if (pending && pending[0] !== pair[0]) await emit(pending);
      pending = pair;
    }
    if (pending) await emit(pending);
    chunk += '}}\n';
    await flush();
  } finally {
    await file.close();
  }
  // As `sha1(text)`: the text, then the separator it appends after each part.
  return hash.update('\0').digest('hex');
}

/**
 * Records `files` as the folder's manifest, given the one read at the start (`before`): appends what
 * changed to the log, or writes the list whole when there was none or the log has grown long.
 * Returns the hash of the manifest.
 */
export async function updateManifest(outDir: string, before: Manifest, files: Map<string, string>): Promise<string> {
  let log = '';
  let lines = 0;
  for (const [path, hash] of files)
    if (before.files.get(path) !== hash) {
      log += `${JSON.stringify([path, hash])}\n`;
      lines++;
    }
  for (const path of before.files.keys())
    if (!files.has(path)) {
      log += `${JSON.stringify([path, null])}\n`;
      lines++;
    }
  if (!before.hash || before.logLines + lines > files.size / 4) return writeManifest(outDir, files);
  if (!log) return before.hash;
  await appendFile(join(outDir, MANIFEST_LOG), log);
  return hashOf(before.listHash, before.log + log);
}
