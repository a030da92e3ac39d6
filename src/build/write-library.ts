/**
 * Builds the library from a seeds folder straight into an output folder, doing only the work the
 * change since the last build calls for.
 *
 * First pass, one seed at a time in name order (several read at once): a file whose size and
 * modification time are the ones the last build saw is not read; a changed one is read, and
 * ingested and checked unless the content-hash cache has it; its article file is written unless
 * unchanged; only a small entry per article is kept (its summary as JSON, speaker ids, counts).
 * Then the shared files: the listings are made again from the entries (cheap) and written where
 * they changed; a search window is made again only when its articles changed, from their cached
 * digests; a speaker's pages only when an article that quotes it changed, from its old pages and
 * the changed articles. A build from scratch streams every digest once, window by window, spills
 * the speakers' quote references to temporary files, and orders the articles (by date, by title)
 * and the manifest's paths in sorted runs on disk (sorted-runs.ts), so what it holds is a run, a
 * window or a page, not the library. The manifest means only changed files are written and only files an earlier run wrote
 * are removed; without a cache (--no-cache) everything is ingested and written again.
 */
import { statSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  ARTICLES_PER_SEARCH_WINDOW,
  dataFiles,
  PAGE_SIZE,
  SLUG_PATTERN,
  type LibraryOrder,
} from '../ingest/library/data-files';
import { compareByTitle } from '../ingest/library/library-order';
import type { Article, IngestFailure } from '../ingest/schema';
import type { SpeakerPage } from '../ingest/library/library-schema';
import { digestArticle, type ArticleDigest } from './article-digest';
import {
  BuildStateStore,
  buildStatePath,
  speakersField,
  speakersOf,
  type StateEntry,
  type StateMeta,
} from './build-state';
import { checkOutcome, createSlugClaims, toJson } from './build-library';
import {
  comparePaths,
  readManifestWithHash,
  updateManifest,
  writeSortedManifest,
  type Manifest,
} from './data-manifest';
import type { OutcomeReport } from './describe-outcome';
import { ingestCodeVersion, openIngestCache, sha1, type IngestCache } from './ingest-cache';
import {
  byDate,
  IndexTally,
  pageJson,
  searchWindowFiles,
  searchWindowPaths,
  slugMapFiles,
  speakerIdentity,
  speakerPageFiles,
  speakerRefsOf,
  type DataFile,
} from './library-data';
import { ingestSeedBytes, listSeedFiles, readSeedFile, type SeedOutcome } from './load-seeds';
import { mapInOrder } from './map-in-order';
import { SortedRuns } from './sorted-runs';

export interface WriteLibraryOptions {
  seedsDir: string;
  outDir: string;
  /** Folder of the content-hash cache; null: ingest everything. */
  cacheDir: string | null;
  /** Called once per file, in name order, as it is done. */
  onReport?: (report: OutcomeReport, done: number, total: number) => void;
  /** Called as soon as something is worth telling (a damaged build state, before everything is built again). */
  onNotice?: (message: string) => void;
}

export interface WriteLibraryResult {
  /** Seed files, and warnings over all of them (each file's report goes to `onReport`, not kept). */
  files: number;
  warnings: number;
  failures: IngestFailure[];
  /** Files written, left as they were (same content), removed (written by an earlier run only). */
  written: number;
  unchanged: number;
  removed: number;
  /** Files ingested (the rest came from the cache). */
  ingested: number;
  /** The data files written (paths under the output folder), after a rebuild; empty after a build from scratch, which writes them all. */
  writtenPaths: string[];
  /** Seed files read (the rest had the size and time the last build saw). */
  read: number;
  /** Worth telling whoever runs the build: a damaged build state, which file, and that everything was built again. */
  notices: string[];
}

/** One seed after the first look: as the last build saw it, or read (and ingested unless cached). */
type Prepared =
  | { source: string; kind: 'same'; entry: StateEntry }
  | { source: string; kind: 'failed'; message: string; size: number; mtimeMs: number }
  | { source: string; kind: 'cached'; key: string; digest: ArticleDigest; size: number; mtimeMs: number }
  | { source: string; kind: 'fresh'; key: string; article: Article; json: string; size: number; mtimeMs: number };

/** How many files are read ahead of the one being handled. */
const READ_AHEAD = 16;
/** Speakers' quote references spilled during a build from scratch: about this many articles' worth a
 * file (so reading one back stays small at any size), and characters held before a flush. */
const ARTICLES_PER_SPILL_FILE = 100;
const SPILL_BUFFER = 1 << 20;
/** Manifest entries (path and hash) held by a build from scratch before a sorted run is written. */
const MANIFEST_RUN = 8_192;
/** Articles held by a build from scratch, per order, before a sorted run is written. */
const ARTICLE_RUN = 2_000;

export async function writeLibraryFromSeeds(options: WriteLibraryOptions): Promise<WriteLibraryResult> {
  const { seedsDir, outDir } = options;
  const names = await listSeedFiles(seedsDir);
  const scratch = await mkdtemp(join(tmpdir(), 'verbatim-build-'));
  try {
    // Without a cache, a throwaway one: the shared files are made from digests read back one window at a time.
    const cache = await openIngestCache(options.cacheDir ?? join(scratch, 'cache'));
    const version = await ingestCodeVersion();
    const manifest = await readManifestWithHash(outDir);
    // Without a cache, a throwaway state: the build still keeps each article's summary on disk, not in memory.
    const stateDir = options.cacheDir ? buildStatePath(options.cacheDir, outDir) : join(scratch, 'state');
    if (options.cacheDir) await rm(`${stateDir}.ndjson`, { force: true }); // the one-file state of earlier versions
    const { store, previous, notice } = await BuildStateStore.open(stateDir, version, manifest.hash);
    try {
      const build = new Build(options, cache, manifest, previous?.entries ?? null, scratch, store);
      if (notice) {
        build.result.notices.push(notice);
        options.onNotice?.(notice);
      }
      await build.firstPass(names);
      await build.sharedFiles(previous?.meta ?? null);
      const manifestHash = await build.finish();
      await store.commit(build.entries, build.changedEntries(), build.goneSources, {
        manifestHash,
        windows: build.windows,
        pages: build.pages,
      });
      return build.result;
    } finally {
      await store.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

class Build {
  readonly result: WriteLibraryResult = {
    files: 0,
    warnings: 0,
    failures: [],
    written: 0,
    unchanged: 0,
    removed: 0,
    ingested: 0,
    read: 0,
    writtenPaths: [],
    notices: [],
  };
  /** Incremental only: every seed, in name order, as this build leaves it. */
  readonly entries: StateEntry[] = [];
  /**
   * From scratch: the articles in date and title order, in sorted runs on disk (the state keeps
   * each seed's whole line, written as it comes; memory keeps a run of each order, not the library).
   */
  private readonly inDateOrder: SortedRuns<Listed> | null;
  private readonly inTitleOrder: SortedRuns<Listed> | null;
  /** Signature of each search window and library page. */
  windows: string[] = [];
  readonly pages: StateMeta['pages'] = { date: [], title: [] };
  /** Sources the last build had and this one does not. */
  readonly goneSources: string[] = [];
  /**
   * What this build wrote or kept, path → hash, for the manifest: in a map when the last build's
   * manifest is there to compare with (a map of every file is loaded anyway), in sorted runs on disk
   * when there is none (a build from scratch, where it would be the biggest thing held).
   */
  private readonly next: Map<string, string> | null;
  private readonly nextRuns: SortedRuns<[string, string]> | null;
  /** Incremental only: digests of the articles that changed, and the sources that changed or went. */
  private readonly changed = new Map<string, ArticleDigest>();
  private readonly gone: StateEntry[] = [];
  private readonly claim = createSlugClaims();

  constructor(
    private readonly options: WriteLibraryOptions,
    private readonly cache: IngestCache,
    private readonly manifest: Manifest,
    private readonly old: Map<string, StateEntry> | null,
    private readonly scratch: string,
    private readonly store: BuildStateStore,
  ) {
    const fromScratch = manifest.files.size === 0;
    this.next = fromScratch ? null : new Map();
    const articleRuns = (name: string, compare: (a: Listed, b: Listed) => number) =>
      old ? null : new SortedRuns<Listed>({ dir: join(scratch, name), compare, ...LISTED_LINES, runSize: ARTICLE_RUN });
    this.inDateOrder = articleRuns('by-date', byDate);
    this.inTitleOrder = articleRuns('by-title', compareByTitle);
    this.nextRuns = fromScratch
      ? new SortedRuns<[string, string]>({
          dir: join(scratch, 'manifest'),
          compare: ([a], [b]) => comparePaths(a, b),
          toLine: ([path, hash]) => `${path}\t${hash}`,
          fromLine: (line) => {
            const tab = line.indexOf('\t');
            return [line.slice(0, tab), line.slice(tab + 1)];
          },
          runSize: MANIFEST_RUN,
        })
      : null;
  }

  /** What the last build wrote: path → content hash. */
  private get previous() {
    return this.manifest.files;
  }

  private get incremental() {
    return this.old !== null;
  }

  /** Records a file of this build; writes it unless the last build wrote the same content. */
  private async put(path: string, hash: string, json: () => string | Promise<string>) {
    if (this.next) this.next.set(path, hash);
    else await this.nextRuns?.add([path, hash]);
    // With a cache the manifest is trusted: statting every file (tens of thousands at scale) would
    // cost more than the rest of a rebuild. Without one (--no-cache) every file is written again.
    if (this.options.cacheDir && this.previous.get(path) === hash) {
      this.result.unchanged++;
      return;
    }
    const file = join(this.options.outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await json());
    this.result.written++;
    // Listed for a rebuild (a few files); a build from scratch writes them all.
    if (this.incremental) this.result.writtenPaths.push(path);
  }

  /** Keeps a file of the last build as it is (its part of the library did not change). */
  private carry(path: string) {
    const hash = this.previous.get(path);
    if (hash === undefined) return;
    // The last build's manifest has the path, so this build keeps a map.
    this.next?.set(path, hash);
    this.result.unchanged++;
  }

  async firstPass(names: readonly string[]) {
    await mkdir(this.options.outDir, { recursive: true });
    await mapInOrder(
      names,
      READ_AHEAD,
      (name) => this.prepare(name),
      (prepared) => this.settle(prepared, names.length),
    );
    if (this.old) {
      const present = new Set(names);
      for (const entry of this.old.values())
        if (!present.has(entry.source)) {
          this.gone.push(entry);
          this.goneSources.push(entry.source);
        }
    }
  }

  /** The entries this build made or changed (the rest are the last build's own objects). */
  changedEntries(): StateEntry[] {
    return this.entries.filter((entry) => this.old?.get(entry.source) !== entry);
  }

  private async prepare(source: string): Promise<Prepared> {
    const { seedsDir } = this.options;
    const before = this.old?.get(source);
    let size = -1;
    let mtimeMs = -1;
    try {
      // Synchronous: one system call, where the promise version costs many times that at 100,000 files.
      ({ size, mtimeMs } = statSync(join(seedsDir, source)));
    } catch {
      // Unreadable: readSeedFile says why.
    }
    if (before && before.size === size && before.mtimeMs === mtimeMs) return { source, kind: 'same', entry: before };
    this.result.read++;
    const read = await readSeedFile(seedsDir, source);
    if (!read.ok) return { source, kind: 'failed', message: read.message, size, mtimeMs };
    const key = this.cache.keyOf(source, read.bytes);
    if (before && before.key === key) return { source, kind: 'same', entry: { ...before, size, mtimeMs } };
    const cached = await this.cache.digest(key);
    if (cached) return { source, kind: 'cached', key, digest: cached, size, mtimeMs };
    const outcome: SeedOutcome = checkOutcome(await ingestSeedBytes(source, read.bytes));
    if (!outcome.ok) return { source, kind: 'failed', message: outcome.message, size, mtimeMs };
    const json = toJson(outcome.article);
    // Failures are not cached: they are rare, quick to find again, and their messages may improve.
    await this.cache.put(key, json, digestArticle(outcome.article));
    return { source, kind: 'fresh', key, article: outcome.article, json, size, mtimeMs };
  }

  private async settle(prepared: Prepared, total: number) {
    const { source } = prepared;
    let entry: StateEntry;
    if (prepared.kind === 'failed') {
      entry = failedEntry(source, prepared.message, prepared.size, prepared.mtimeMs);
    } else if (prepared.kind === 'same' && prepared.entry.key === '') {
      entry = prepared.entry;
    } else if (
      prepared.kind === 'same' &&
      prepared.entry.slug === prepared.entry.baseSlug &&
      !this.claim.isTaken(prepared.entry.slug)
    ) {
      // As the last build left it, slug included: nothing to read or write.
      entry = prepared.entry;
      this.claim.take(entry.slug, source);
      this.carry(dataFiles.article(entry.slug));
    } else if (prepared.kind === 'cached' && !this.claim.isTaken(prepared.digest.summary.slug)) {
      const { digest, key } = prepared;
      this.claim.take(digest.summary.slug, source);
      await this.put(dataFiles.article(digest.summary.slug), key, () => this.cache.articleJson(key));
      entry = await this.entryOf(source, key, prepared.size, prepared.mtimeMs, digest.summary.slug, digest);
      if (this.incremental) this.changed.set(source, digest);
    } else {
      // Fresh, or known under a slug an earlier file now has: this article's JSON is made here.
      const key = prepared.kind === 'same' ? prepared.entry.key : prepared.key;
      const article =
        prepared.kind === 'fresh' ? prepared.article : (JSON.parse(await this.cache.articleJson(key)) as Article);
      const claimed = this.claim({ source, ok: true, article });
      if (!claimed.ok) throw new Error('a claimed article stays an article');
      const same = claimed.article === article;
      const json = prepared.kind === 'fresh' && same ? prepared.json : toJson(claimed.article);
      const digest = digestArticle(claimed.article);
      await this.put(dataFiles.article(claimed.article.slug), same ? key : sha1(json), () => json);
      const [size, mtimeMs] =
        prepared.kind === 'same' ? [prepared.entry.size, prepared.entry.mtimeMs] : [prepared.size, prepared.mtimeMs];
      entry = await this.entryOf(source, key, size, mtimeMs, article.slug, digest);
      if (prepared.kind === 'fresh') this.result.ingested++;
      if (this.incremental) this.changed.set(source, digest);
    }
    const before = this.old?.get(source);
    if (before && (before.key !== entry.key || before.slug !== entry.slug)) this.gone.push(before);
    if (this.incremental && entry.key === '') this.changed.delete(source);
    const report = reportOf(entry);
    if (report.ok) this.result.warnings += report.warnings.length;
    else this.result.failures.push({ source, message: report.message });
    this.result.files++;
    this.options.onReport?.(report, this.result.files, total);
    if (this.incremental) this.entries.push(entry);
    else {
      // From scratch: the state keeps the whole line now; the rest of the build needs only what the
      // listings and search windows read (the speakers are spilled from the digests).
      await this.store.addEntry(entry);
      if (entry.key !== '') {
        const listed = listedOf(entry);
        await this.inDateOrder?.add(listed);
        await this.inTitleOrder?.add(listed);
      }
    }
  }

  async sharedFiles(oldMeta: StateMeta | null) {
    const oldWindows = oldMeta?.windows ?? null;
    // Incremental: the entries are in memory (the last build's state is), so sorted there.
    const articles = this.incremental ? this.entries.filter((e) => e.key !== '').sort(byDate) : null;
    const inDateOrder = () => articles ?? this.inDateOrder?.sorted() ?? [];
    const inTitleOrder = () => (articles ? [...articles].sort(compareByTitle) : (this.inTitleOrder?.sorted() ?? []));
    const count = articles?.length ?? this.inDateOrder?.size ?? 0;
    await this.listings(inDateOrder, inTitleOrder, oldMeta?.pages ?? null);

    const spillFiles = Math.max(8, Math.ceil(count / ARTICLES_PER_SPILL_FILE));
    const spill = this.incremental ? null : new SpeakerSpill(join(this.scratch, 'speakers'), spillFiles);
    if (spill) await spill.open();
    let w = 0;
    for await (const members of chunksOf(inDateOrder(), ARTICLES_PER_SEARCH_WINDOW)) {
      const signature = sha1(members.map((e) => `${e.key} ${e.slug}`).join('\n'));
      this.windows.push(signature);
      if (!spill && oldWindows?.[w] === signature) {
        const paths = searchWindowPaths(w);
        paths.terms.forEach((path) => this.carry(path));
        for (const path of this.previous.keys()) if (paths.docs(path)) this.carry(path);
        w++;
        continue;
      }
      const digests: ArticleDigest[] = [];
      await mapInOrder(
        members,
        READ_AHEAD,
        (entry) => this.digestOf(entry),
        (digest) => void digests.push(digest),
      );
      for (const file of searchWindowFiles(w, digests)) await this.putShared(file);
      if (spill) for (const digest of digests) await spill.add(digest);
      w++;
    }
    if (spill) {
      for await (const [contributions, refs] of spill.speakers())
        for (const file of speakerPageFiles(speakerIdentity(contributions), refs)) await this.putShared(file);
    } else {
      await this.changedSpeakers(articles ?? []);
    }
  }

  /**
   * The library's pages (date order, then title order), the index and the slug map, the articles
   * streamed in each order a page at a time. A page whose articles (keys and slugs) are the last
   * build's is kept as it is; the others are made from their articles' summaries, read from the
   * state's records page by page, so no summary stays in memory.
   */
  private async listings(
    inDateOrder: () => Iterable<Listed> | AsyncIterable<Listed>,
    inTitleOrder: () => Iterable<Listed> | AsyncIterable<Listed>,
    oldPages: StateMeta['pages'] | null,
  ) {
    const index = new IndexTally();
    const slugs: { slug: string }[] = [];
    let firstPage: string[] = [];
    let n = 0;
    for await (const members of chunksOf(inDateOrder(), PAGE_SIZE)) {
      for (const article of members) {
        index.add(article);
        slugs.push({ slug: article.slug });
      }
      if (n === 0) firstPage = await this.summaries(members);
      await this.listingPage('date', n++, members, oldPages);
    }
    n = 0;
    for await (const members of chunksOf(inTitleOrder(), PAGE_SIZE))
      await this.listingPage('title', n++, members, oldPages);
    await this.putShared({ path: dataFiles.index, json: index.json(this.result.failures, firstPage) });
    for (const file of slugMapFiles(slugs)) await this.putShared(file);
  }

  private async listingPage(
    order: LibraryOrder,
    n: number,
    members: readonly Listed[],
    oldPages: StateMeta['pages'] | null,
  ) {
    const path = dataFiles.libraryPage(order, n);
    const signature = sha1(members.map((e) => `${e.key} ${e.slug}`).join('\n'));
    this.pages[order].push(signature);
    if (oldPages?.[order][n] === signature && this.previous.has(path)) this.carry(path);
    else await this.putShared({ path, json: pageJson(await this.summaries(members)) });
  }

  private async summaries(entries: readonly Listed[]): Promise<string[]> {
    const out: string[] = [];
    await mapInOrder(
      entries,
      READ_AHEAD,
      (entry) => this.store.record(entry),
      (record) => void out.push(record.summaryJson),
    );
    return out;
  }

  /** The digest the shared files need: the cached one, with this build's summary (its slug may differ). */
  private async digestOf(entry: Listed): Promise<ArticleDigest> {
    const changed = this.changed.get(entry.source);
    if (changed) return changed;
    const [digest, record] = await Promise.all([this.cache.digest(entry.key), this.store.record(entry)]);
    if (!digest)
      throw new Error(`${entry.source}: its cached digest is missing; delete the cache folder and build again`);
    return { ...digest, summary: JSON.parse(record.summaryJson) as ArticleDigest['summary'] };
  }

  /** Incremental: the pages of each speaker quoted in an article that changed, came or went. */
  private async changedSpeakers(inDateOrder: readonly StateEntry[]) {
    const affected = new Set<string>();
    for (const entry of this.gone) for (const { id } of speakersOf(entry)) affected.add(id);
    for (const digest of this.changed.values()) for (const [id] of speakerRefsOf(digest)) affected.add(id);
    for (const path of this.previous.keys()) {
      if (!path.startsWith('speakers/')) continue;
      if (!affected.has(path.slice('speakers/'.length, path.lastIndexOf('/')))) this.carry(path);
    }
    if (affected.size === 0) return;
    const goneSlugs = new Set(this.gone.map((e) => e.slug));
    const position = new Map(inDateOrder.map((e, i) => [e.slug, i]));
    // Per affected speaker, the version of its entry in each article quoting it, newest first.
    const members = new Map<string, { entry: StateEntry; version: string }[]>();
    for (const entry of inDateOrder)
      for (const { id, version } of speakersOf(entry))
        if (affected.has(id)) (members.get(id) ?? members.set(id, []).get(id)!).push({ entry, version });
    for (const id of affected) {
      const quotedIn = members.get(id);
      if (!quotedIn) continue; // no article quotes it any more: its pages are removed
      // Each version read once, from the first article that has it (most articles repeat a few).
      const versions = new Map<string, StateEntry>();
      for (const { entry, version } of quotedIn) if (!versions.has(version)) versions.set(version, entry);
      const entries = new Map<string, ArticleDigest['speakers'][number]>();
      await mapInOrder(
        [...versions],
        READ_AHEAD,
        ([, entry]) => this.store.record(entry),
        (record, [version, entry]) => {
          const json = record.speakerJsons[speakersOf(entry).findIndex((s) => s.id === id)];
          if (json === undefined) throw new Error(`${entry.source}: speaker ${id} is listed but missing`);
          entries.set(version, JSON.parse(json) as ArticleDigest['speakers'][number]);
        },
      );
      const contributions = quotedIn.map(({ version }) => entries.get(version)!);
      const refs: { at: number; json: string }[] = [];
      for (let n = 0; this.previous.has(dataFiles.speakerPage(id, n)); n++) {
        const page = JSON.parse(
          await readFile(join(this.options.outDir, dataFiles.speakerPage(id, n)), 'utf8'),
        ) as SpeakerPage;
        for (const ref of page.quotes)
          if (!goneSlugs.has(ref.slug)) refs.push({ at: position.get(ref.slug) ?? Infinity, json: toJson(ref) });
      }
      for (const digest of this.changed.values())
        for (const [speakerId, , quoteRefs] of speakerRefsOf(digest))
          if (speakerId === id)
            for (const json of quoteRefs) refs.push({ at: position.get(digest.summary.slug) ?? Infinity, json });
      refs.sort((a, b) => a.at - b.at);
      const identity = speakerIdentity(contributions);
      for (const file of speakerPageFiles(
        identity,
        refs.map((r) => r.json),
      ))
        await this.putShared(file);
    }
  }

  /** This build's entry for an article, its summary and speakers' entries saved to the state's records. */
  private async entryOf(
    source: string,
    key: string,
    size: number,
    mtimeMs: number,
    baseSlug: string,
    digest: ArticleDigest,
  ): Promise<StateEntry> {
    const { slug, title, date, quoteCount, tweetCount } = digest.summary;
    // One entry per speaker id that can name a page, the first if an article lists one twice.
    const ids = new Set<string>();
    const speakers = digest.speakers.filter((s) => SLUG_PATTERN.test(s.id) && !ids.has(s.id) && ids.add(s.id));
    const speakerJsons = speakers.map((s) => toJson(s));
    const blob = await this.store.addRecord({ summaryJson: toJson(digest.summary), speakerJsons });
    return {
      source,
      size,
      mtimeMs,
      key,
      baseSlug,
      slug,
      title,
      date,
      quoteCount,
      tweetCount,
      docs: 1 + digest.quotes.length,
      speakers: speakersField(
        speakers.map((s) => s.id),
        speakerJsons,
      ),
      warningsJson: toJson(digest.warnings),
      blob,
    };
  }

  private putShared(file: DataFile) {
    return this.put(file.path, sha1(file.json), () => file.json);
  }

  /** Removes what only the last build wrote, and writes the manifest; returns its hash. */
  async finish(): Promise<string> {
    if (!this.next) return writeSortedManifest(this.options.outDir, this.nextRuns?.sorted() ?? []);
    for (const path of this.previous.keys()) {
      if (this.next.has(path)) continue;
      await rm(join(this.options.outDir, path), { force: true });
      this.result.removed++;
      // A speaker with no quotes left leaves no empty folder behind.
      if (path.startsWith('speakers/')) await rmdir(join(this.options.outDir, dirname(path))).catch(() => undefined);
    }
    return updateManifest(this.options.outDir, this.manifest, this.next);
  }
}

function failedEntry(source: string, message: string, size: number, mtimeMs: number): StateEntry {
  return {
    source,
    size,
    mtimeMs,
    key: '',
    message,
    baseSlug: '',
    slug: '',
    title: '',
    date: null,
    quoteCount: 0,
    tweetCount: 0,
    docs: 0,
    speakers: '',
    warningsJson: '[]',
    blob: [0, 0],
  };
}

/** What the shared files read of an article after the first pass (its summary and speakers are in the state's records). */
type Listed = Pick<StateEntry, 'source' | 'key' | 'slug' | 'title' | 'date' | 'quoteCount' | 'docs' | 'blob'>;

function listedOf({ source, key, slug, title, date, quoteCount, docs, blob }: StateEntry): Listed {
  return { source, key, slug, title, date, quoteCount, docs, blob };
}

/** A listed article as one line of a sorted run (JSON escapes any newline in a title). */
const LISTED_LINES = {
  toLine: (a: Listed) =>
    JSON.stringify([a.source, a.key, a.slug, a.title, a.date, a.quoteCount, a.docs, a.blob[0], a.blob[1]]),
  fromLine: (line: string): Listed => {
    const [source, key, slug, title, date, quoteCount, docs, offset, length] = JSON.parse(line) as [
      string,
      string,
      string,
      string,
      string | null,
      number,
      number,
      number,
      number,
    ];
    return { source, key, slug, title, date, quoteCount, docs, blob: [offset, length] };
  },
};

/** `items` a chunk of `size` at a time; one empty chunk when there are none (a library has at least one page). */
async function* chunksOf<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  let any = false;
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
      any = true;
    }
  }
  if (chunk.length || !any) yield chunk;
}

function reportOf(entry: StateEntry): OutcomeReport {
  if (entry.key === '') return { source: entry.source, ok: false, message: entry.message ?? entry.source };
  return {
    source: entry.source,
    ok: true,
    quotes: entry.docs - 1,
    tweets: entry.tweetCount,
    warnings: entry.warningsJson === '[]' ? [] : (JSON.parse(entry.warningsJson) as ArticleDigest['warnings']),
  };
}

/**
 * Speakers' quote references during a build from scratch, spilled to a few files by speaker id
 * (articles arrive newest first, so each speaker's lines stay in order), then read back one file at
 * a time: only one file's speakers are ever in memory.
 */
class SpeakerSpill {
  private buffers: string[][];
  private held = 0;
  constructor(
    private readonly dir: string,
    private readonly files: number,
  ) {
    this.buffers = Array.from({ length: files }, () => []);
  }

  async open() {
    await mkdir(this.dir, { recursive: true });
  }

  private file(n: number) {
    return join(this.dir, `${n}.ndjson`);
  }

  async add(digest: ArticleDigest) {
    for (const [id, contribution, refs] of speakerRefsOf(digest)) {
      const line = `${toJson([id, contribution])}\t${refs.join('\t')}\n`;
      this.buffers[spillFileOf(id, this.files)]!.push(line);
      this.held += line.length;
    }
    if (this.held > SPILL_BUFFER) await this.flush();
  }

  private async flush() {
    for (const [n, lines] of this.buffers.entries()) if (lines.length) await appendFile(this.file(n), lines.join(''));
    this.buffers = Array.from({ length: this.files }, () => []);
    this.held = 0;
  }

  /** Each speaker's contributions and quote references (JSON), newest first. */
  async *speakers(): AsyncGenerator<[ArticleDigest['speakers'], string[]]> {
    await this.flush();
    for (let n = 0; n < this.files; n++) {
      let text: string;
      try {
        text = await readFile(this.file(n), 'utf8');
      } catch {
        continue;
      }
      const speakers = new Map<string, [ArticleDigest['speakers'], string[]]>();
      for (const line of text.split('\n')) {
        if (!line) continue;
        const [head = '', ...refs] = line.split('\t');
        const [id, contribution] = JSON.parse(head) as [string, ArticleDigest['speakers'][number]];
        let speaker = speakers.get(id);
        if (!speaker) speakers.set(id, (speaker = [[], []]));
        speaker[0].push(contribution);
        for (const ref of refs) if (ref) speaker[1].push(ref);
      }
      text = '';
      yield* speakers.values();
    }
  }
}

function spillFileOf(id: string, files: number): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return (h >>> 0) % files;
}
