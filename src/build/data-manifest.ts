/**
 * The list of files a Verbatim run wrote into an output folder, with a hash of each. The next run
 * skips a file whose content is unchanged and removes only files an earlier run listed here and this
 * one did not write: whatever else is in the folder is never touched.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE_PATTERN } from '../ingest/library/data-files';
import { sha1 } from './ingest-cache';

export const MANIFEST_FILE = '.verbatim-manifest.json';

/** Path (relative to the data folder) → content hash. Empty when there is none or it is unreadable. */
export async function readManifest(outDir: string): Promise<Map<string, string>> {
  return (await readManifestWithHash(outDir)).files;
}

/** The manifest and a hash of its text ('' when there is none), so a build can tell it is the one it wrote. */
export async function readManifestWithHash(outDir: string): Promise<{ files: Map<string, string>; hash: string }> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return { files: new Map(), hash: '' };
  }
  return { files: parseManifest(text), hash: sha1(text) };
}

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

/** Writes the manifest; returns the hash of its text. */
export async function writeManifest(outDir: string, files: Map<string, string>): Promise<string> {
  const sorted = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  const text = `${JSON.stringify({ writtenBy: 'verbatim', files: sorted })}\n`;
  await writeFile(join(outDir, MANIFEST_FILE), text);
  return sha1(text);
}
