/**
 * What one build of an output folder knew, so the next can do only the work an edit calls for: per
 * seed file its size and modification time (an unchanged file is not even read), its cache key and
 * slug (an unchanged article is not written), and what the shared files need of it (its summary,
 * speakers and document count), plus a signature per search window. Kept in the cache folder, one
 * file per output folder, as one JSON line per seed (a million-line library is not one huge string).
 * It is trusted only beside the exact manifest it was written with; otherwise the build starts over.
 */
import { createReadStream } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { sha1 } from './ingest-cache';

const STATE_VERSION = 3;

export interface StateEntry {
  source: string;
  size: number;
  mtimeMs: number;
  /** Cache key of the bytes; '' for a failure. */
  key: string;
  /** Failures only: why. */
  message?: string;
  /** Slug the ingest gave it, and the one it got after earlier files claimed theirs. */
  baseSlug: string;
  slug: string;
  title: string;
  date: string | null;
  quoteCount: number;
  tweetCount: number;
  docs: number;
  speakerIds: string[];
  /** Serialised: its summary (final slug), each speaker's entry (beside speakerIds, for identities:
   * a speaker quoted in thousands of articles parses one small string from each), its warnings. */
  summaryJson: string;
  speakerJsons: string[];
  warningsJson: string;
}

export interface BuildState {
  /** Hash of the manifest written with this state. */
  manifestHash: string;
  /** Signature (members' keys and slugs) of each search window, by window number. */
  windows: string[];
  /** In seed-name order. */
  entries: StateEntry[];
}

interface StateHeader {
  version: number;
  codeVersion: string;
  manifestHash: string;
  windows: string[];
}

export function buildStatePath(cacheDir: string, outDir: string): string {
  return join(cacheDir, `build-state-${sha1(resolve(outDir)).slice(0, 16)}.ndjson`);
}

/** The state, or null when there is none, it is unreadable, or it was written with another manifest or ingest code. */
export async function readBuildState(
  path: string,
  codeVersion: string,
  manifestHash: string,
): Promise<BuildState | null> {
  try {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let header: StateHeader | null = null;
    const entries: StateEntry[] = [];
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as StateHeader;
        if (header.version !== STATE_VERSION || header.codeVersion !== codeVersion) return null;
        if (header.manifestHash !== manifestHash) return null;
      } else if (line) entries.push(JSON.parse(line) as StateEntry);
    }
    return header && { manifestHash, windows: header.windows, entries };
  } catch {
    return null;
  }
}

export async function writeBuildState(path: string, codeVersion: string, state: BuildState): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    const { manifestHash, windows } = state;
    let chunk = `${JSON.stringify({ version: STATE_VERSION, codeVersion, manifestHash, windows })}\n`;
    for (const entry of state.entries) {
      chunk += `${JSON.stringify(entry)}\n`;
      if (chunk.length > 1 << 20) {
        await file.write(chunk);
        chunk = '';
      }
    }
    await file.write(chunk);
  } finally {
    await file.close();
  }
  await rename(temp, path);
}
