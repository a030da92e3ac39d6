/**
 * What one build of an output folder knew, so the next can do only the work an edit calls for: per
 * seed file its size and modification time (an unchanged file is not even read), its cache key and
 * slug (an unchanged article is not written), what the listings need of it (title, date, counts,
 * speaker ids), plus a signature per search window and per library page.
 *
 * Kept in the cache folder, one folder per output folder, so that one edit reads and writes
 * kilobytes, not the whole library:
 *   CURRENT          the generation in use (replaced by a rename, so switching generations is atomic)
 *   base-<g>.ndjson  a header (format, ingest code, its blobs file, what the build left) and one
 *                    small line per seed (about 300 bytes)
 *   log-<g>.ndjson   appended by each later build: the lines of the seeds that changed or went,
 *                    then one commit line; lines after the last commit (a build stopped half-way)
 *                    are ignored
 *   blobs-<k>.tsv    append-only: each article's summary and speaker entries (JSON, joined by tabs),
 *                    found by byte offset and read only for the pages an edit changes
 * When the log outgrows a quarter of the base, or dead records outweigh the live ones, the next
 * build writes a new generation (compaction). The state is trusted only beside the exact manifest
 * its last commit names; otherwise the build starts over from the content-hash cache.
 */
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha1 } from './ingest-cache';

const STATE_VERSION = 5;

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
  /**
   * Its speakers, `id/version` joined by spaces, the version a hash of the speaker's entry: one
   * string, not an array of them (a build holds an entry per article), and a speaker quoted in
   * thousands of articles reads its entry once per version, not once per article.
   */
  speakers: string;
  warningsJson: string;
  /** Byte offset and length of its record (summary, speakers) in the blobs file; [0, 0] for a failure. */
  blob: [number, number];
}

/** An article's record in the blobs file: its summary (final slug) and each speaker's entry, as JSON. */
export interface ArticleRecord {
  summaryJson: string;
  /** In the order of the entry's `speakers`. */
  speakerJsons: string[];
}

/** What a build left beside its entries. */
export interface StateMeta {
  /** Hash of the manifest written with this state. */
  manifestHash: string;
  /** Signature (members' keys and slugs) of each search window, by window number. */
  windows: string[];
  /** Signature of each library page, by order and page number. */
  pages: { date: string[]; title: string[] };
}

export interface PreviousState {
  entries: Map<string, StateEntry>;
  meta: StateMeta;
}

interface BaseHeader {
  version: number;
  codeVersion: string;
  blobs: string;
  meta: StateMeta;
}

type LogLine = { e: StateEntry } | { gone: string } | { commit: StateMeta };

/** Appended blob records held before a write. */
const BLOB_BUFFER = 1 << 20;
/** A log smaller than this is never worth compacting. */
const MIN_COMPACT_LOG = 64 << 10;

/** The `speakers` of an entry, from the speakers' ids and entries (JSON), in the same order. */
export function speakersField(ids: readonly string[], jsons: readonly string[]): string {
  return ids.map((id, i) => `${id}/${sha1(jsons[i] ?? '').slice(0, 12)}`).join(' ');
}

/** Each speaker of an entry: its id and the version of its entry. */
export function speakersOf(entry: Pick<StateEntry, 'speakers'>): { id: string; version: string }[] {
  if (!entry.speakers) return [];
  return entry.speakers.split(' ').map((pair) => {
    const slash = pair.indexOf('/');
    return { id: pair.slice(0, slash), version: pair.slice(slash + 1) };
  });
}

export function buildStatePath(cacheDir: string, outDir: string): string {
  return join(cacheDir, `build-state-${sha1(resolve(outDir)).slice(0, 16)}`);
}

/** The state of an output folder: read once when a build starts, appended to as it goes, committed at its end. */
export class BuildStateStore {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Writes of the blobs file, one after another, and how many bytes they have finished. */
  private writing: Promise<void> = Promise.resolve();
  private written: number;
  /**
   * Fresh only: the base's entry lines, written as the build makes them (`addEntry`), so that a
   * build from scratch need not hold every seed's speakers and warnings until its commit.
   */
  private lines: FileHandle | null = null;
  private linesPending = '';
  private constructor(
    private readonly dir: string,
    private readonly codeVersion: string,
    /** Generation in use; with `fresh`, the one this build will write. */
    private generation: number,
    private blobsName: string,
    private blobs: FileHandle,
    /** Bytes in the blobs file, written or pending. */
    private blobsSize: number,
    private readonly baseBytes: number,
    private readonly logBytes: number,
    /** No usable state: the commit writes a whole new generation. */
    private readonly fresh: boolean,
  ) {
    this.written = blobsSize;
  }

  /**
   * Opens the state folder. `previous` is null when there is no state, it was written by another
   * format or ingest code or beside another manifest, or it is damaged; `notice` then says why when
   * that is worth telling (a damaged or half-saved state), naming the file.
   */
  static async open(
    dir: string,
    codeVersion: string,
    manifestHash: string,
  ): Promise<{ store: BuildStateStore; previous: PreviousState | null; notice: string | null }> {
    await mkdir(dir, { recursive: true });
    const loaded = await loadState(dir, codeVersion, manifestHash);
    if (loaded.ok) {
      const { generation, header, previous, baseBytes, logBytes } = loaded;
      const path = join(dir, header.blobs);
      const blobs = await open(path, 'r+');
      const size = (await blobs.stat()).size;
      return {
        store: new BuildStateStore(dir, codeVersion, generation, header.blobs, blobs, size, baseBytes, logBytes, false),
        previous,
        notice: null,
      };
    }
    const generation = (await highestGeneration(dir)) + 1;
    const blobsName = `blobs-${generation}.tsv`;
    const blobs = await open(join(dir, blobsName), 'w+');
    const store = new BuildStateStore(dir, codeVersion, generation, blobsName, blobs, 0, 0, 0, true);
    return { store, previous: null, notice: loaded.notice };
  }

  /** Appends an article's record; returns where it is. */
  async addRecord(record: ArticleRecord): Promise<[number, number]> {
    const bytes = Buffer.from(`${[record.summaryJson, ...record.speakerJsons].join('\t')}\n`);
    const at: [number, number] = [this.blobsSize, bytes.length - 1];
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.blobsSize += bytes.length;
    if (this.pendingBytes > BLOB_BUFFER) await this.flush();
    return at;
  }

  /**
   * A build from scratch: saves an entry's line for the base now, in name order, so the build may
   * keep a slimmer copy. Every entry must be added, in the order `commit` would have written them.
   */
  async addEntry(entry: StateEntry) {
    if (!this.fresh) throw new Error('addEntry is for a build from scratch');
    this.lines ??= await open(this.linesPath(), 'w+');
    this.linesPending += `${JSON.stringify(entry)}\n`;
    if (this.linesPending.length > BLOB_BUFFER) await this.flushLines();
  }

  private linesPath() {
    return join(this.dir, `entries-${this.generation}.${process.pid}.tmp`);
  }

  private async flushLines() {
    if (!this.lines || !this.linesPending) return;
    const text = this.linesPending;
    this.linesPending = '';
    await this.lines.write(text);
  }

  /** An article's record, by the place `addRecord` gave. */
  async record(entry: Pick<StateEntry, 'source' | 'blob'>): Promise<ArticleRecord> {
    const [offset, length] = entry.blob;
    // Reads run many at once: a record not yet on disk waits for every write up to it.
    if (offset + length > this.written) await this.flush();
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.blobs.read(buffer, 0, length, offset);
    const text = buffer.toString('utf8', 0, bytesRead);
    const [summaryJson = '', ...speakerJsons] = text.split('\t');
    if (bytesRead !== length || !summaryJson.startsWith('{') || !summaryJson.endsWith('}'))
      throw new Error(
        `${join(this.dir, this.blobsName)}: the record of ${entry.source} is damaged; delete ${this.dir} and build again`,
      );
    return { summaryJson, speakerJsons };
  }

  private flush(): Promise<void> {
    if (this.pendingBytes > 0) {
      const chunk = Buffer.concat(this.pending);
      const at = this.blobsSize - this.pendingBytes;
      this.pending = [];
      this.pendingBytes = 0;
      this.writing = this.writing.then(async () => {
        await this.blobs.write(chunk, 0, chunk.length, at);
        this.written = at + chunk.length;
      });
    }
    return this.writing;
  }

  /**
   * Saves what this build leaves: `entries` (every seed, in name order), of which `changed` are new
   * or different since the last build and `gone` the sources that went. Appends them to the log, or
   * writes a new generation when there was no state or the log and dead records have grown.
   */
  async commit(
    entries: readonly StateEntry[],
    changed: readonly StateEntry[],
    gone: readonly string[],
    meta: StateMeta,
  ) {
    await this.flush();
    let log = '';
    if (!this.fresh) {
      for (const entry of changed) log += `${JSON.stringify({ e: entry } satisfies LogLine)}\n`;
      for (const source of gone) log += `${JSON.stringify({ gone: source } satisfies LogLine)}\n`;
      log += `${JSON.stringify({ commit: meta } satisfies LogLine)}\n`;
    }
    const live = entries.reduce((n, e) => n + (e.key ? e.blob[1] + 1 : 0), 0);
    const compactBlobs = !this.fresh && this.blobsSize > 2 * live && this.blobsSize > BLOB_BUFFER;
    const logTooLong = this.logBytes + log.length > Math.max(MIN_COMPACT_LOG, this.baseBytes / 4);
    if (!this.fresh && !compactBlobs && !logTooLong) {
      const file = await open(join(this.dir, `log-${this.generation}.ndjson`), 'a');
      try {
        await file.write(log);
      } finally {
        await file.close();
      }
      return;
    }
    const generation = this.fresh ? this.generation : this.generation + 1;
    const kept = compactBlobs ? await this.copyLiveRecords(entries, generation) : entries;
    await this.writeBase(generation, this.lines ? null : kept, meta);
    await writeAtomically(join(this.dir, 'CURRENT'), `${generation}\n`);
    this.generation = generation;
    await this.removeOtherGenerations();
  }

  /** Copies the records `entries` point at into a new blobs file; returns the entries pointing there. */
  private async copyLiveRecords(entries: readonly StateEntry[], generation: number): Promise<StateEntry[]> {
    const name = `blobs-${generation}.tsv`;
    const file = await open(join(this.dir, name), 'w');
    const kept: StateEntry[] = [];
    let size = 0;
    let chunk: Buffer[] = [];
    let held = 0;
    try {
      for (const entry of entries) {
        if (!entry.key) {
          kept.push(entry);
          continue;
        }
        const record = await this.record(entry);
        const bytes = Buffer.from(`${[record.summaryJson, ...record.speakerJsons].join('\t')}\n`);
        kept.push({ ...entry, blob: [size, bytes.length - 1] });
        chunk.push(bytes);
        held += bytes.length;
        size += bytes.length;
        if (held > BLOB_BUFFER) {
          await file.write(Buffer.concat(chunk));
          chunk = [];
          held = 0;
        }
      }
      await file.write(Buffer.concat(chunk));
    } finally {
      await file.close();
    }
    await this.blobs.close();
    this.blobs = await open(join(this.dir, name), 'r+');
    this.blobsName = name;
    this.blobsSize = size;
    this.written = size;
    return kept;
  }

  /** Writes a base: the header, then `entries`, or (null) the lines `addEntry` saved. */
  private async writeBase(generation: number, entries: readonly StateEntry[] | null, meta: StateMeta) {
    const path = join(this.dir, `base-${generation}.ndjson`);
    const temp = `${path}.${process.pid}.tmp`;
    const file = await open(temp, 'w');
    try {
      const header: BaseHeader = { version: STATE_VERSION, codeVersion: this.codeVersion, blobs: this.blobsName, meta };
      let chunk = `${JSON.stringify(header)}\n`;
      for (const entry of entries ?? []) {
        chunk += `${JSON.stringify(entry)}\n`;
        if (chunk.length > 1 << 20) {
          await file.write(chunk);
          chunk = '';
        }
      }
      await file.write(chunk);
      if (!entries) await this.copyLines(file);
    } finally {
      await file.close();
    }
    await rename(temp, path);
    // A log left by an earlier folder of the same generation number must not be read with this base.
    await rm(join(this.dir, `log-${generation}.ndjson`), { force: true });
  }

  /** Appends the lines `addEntry` saved to `file`, a megabyte at a time, and drops them. */
  private async copyLines(file: FileHandle) {
    await this.flushLines();
    const lines = this.lines;
    if (!lines) return;
    const buffer = Buffer.alloc(BLOB_BUFFER);
    for (let at = 0; ;) {
      const { bytesRead } = await lines.read(buffer, 0, buffer.length, at);
      if (bytesRead === 0) break;
      await file.write(buffer, 0, bytesRead);
      at += bytesRead;
    }
    await this.dropLines();
  }

  private async dropLines() {
    if (!this.lines) return;
    await this.lines.close();
    this.lines = null;
    this.linesPending = '';
    await rm(this.linesPath(), { force: true });
  }

  private async removeOtherGenerations() {
    const keep = new Set(['CURRENT', `base-${this.generation}.ndjson`, this.blobsName]);
    for (const name of await readdir(this.dir)) if (!keep.has(name)) await rm(join(this.dir, name), { force: true });
  }

  async close() {
    await this.dropLines();
    await this.blobs.close();
  }
}

type Loaded =
  | {
      ok: true;
      generation: number;
      header: BaseHeader;
      previous: PreviousState;
      baseBytes: number;
      logBytes: number;
    }
  | { ok: false; notice: string | null };

async function loadState(dir: string, codeVersion: string, manifestHash: string): Promise<Loaded> {
  const currentPath = join(dir, 'CURRENT');
  let currentText: string;
  try {
    currentText = await readFile(currentPath, 'utf8');
  } catch {
    return { ok: false, notice: null };
  }
  const unreadable = (path: string, why: string): Loaded => ({
    ok: false,
    notice: `the build state ${path} is unreadable (${why}); building everything again`,
  });
  const generation = Number(currentText.trim());
  if (!Number.isInteger(generation) || generation < 1) return unreadable(currentPath, 'no generation number');

  const basePath = join(dir, `base-${generation}.ndjson`);
  let baseText: string;
  try {
    baseText = await readFile(basePath, 'utf8');
  } catch {
    return unreadable(basePath, 'missing');
  }
  const baseLines = baseText.split('\n');
  if (baseLines.at(-1) !== '') return unreadable(basePath, 'it ends in a half-written line');
  let header: BaseHeader;
  const entries = new Map<string, StateEntry>();
  try {
    header = JSON.parse(baseLines[0] ?? '') as BaseHeader;
    if (header.version !== STATE_VERSION || header.codeVersion !== codeVersion) return { ok: false, notice: null };
    for (let i = 1; i < baseLines.length - 1; i++) {
      const entry = JSON.parse(baseLines[i]!) as StateEntry;
      entries.set(entry.source, entry);
    }
  } catch (error) {
    return unreadable(basePath, error instanceof Error ? error.message : String(error));
  }

  // The log: whole lines up to the last commit count; a half-written tail is a build that was stopped.
  const logPath = join(dir, `log-${generation}.ndjson`);
  let logText = '';
  try {
    logText = await readFile(logPath, 'utf8');
  } catch {
    // No build since the base was written.
  }
  let meta = header.meta;
  const logLines = logText.split('\n');
  const torn = logLines.pop() !== '';
  let uncommitted = torn;
  let pending: LogLine[] = [];
  for (const [i, line] of logLines.entries()) {
    let parsed: LogLine;
    try {
      parsed = JSON.parse(line) as LogLine;
    } catch (error) {
      return unreadable(logPath, `line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if ('commit' in parsed) {
      for (const change of pending)
        if ('e' in change) entries.set(change.e.source, change.e);
        else if ('gone' in change) entries.delete(change.gone);
      pending = [];
      meta = parsed.commit;
    } else pending.push(parsed);
  }
  if (pending.length) uncommitted = true;

  const blobsPath = join(dir, header.blobs);
  let blobsSize: number;
  try {
    blobsSize = (await stat(blobsPath)).size;
  } catch {
    return unreadable(blobsPath, 'missing');
  }
  for (const entry of entries.values())
    if (entry.key && entry.blob[0] + entry.blob[1] >= blobsSize)
      return unreadable(blobsPath, `shorter than the record of ${entry.source}`);

  if (meta.manifestHash !== manifestHash)
    return {
      ok: false,
      notice: uncommitted
        ? `the build state ${logPath} ends with changes a stopped build did not finish saving; building everything again`
        : null,
    };
  return {
    ok: true,
    generation,
    header,
    previous: { entries, meta },
    baseBytes: baseText.length,
    logBytes: logText.length,
  };
}

async function highestGeneration(dir: string): Promise<number> {
  let highest = 0;
  for (const name of await readdir(dir)) {
    const n = Number(/^(?:base|log|blobs)-(\d+)\./.exec(name)?.[1] ?? 0);
    if (n > highest) highest = n;
  }
  return highest;
}

async function writeAtomically(path: string, text: string) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}
