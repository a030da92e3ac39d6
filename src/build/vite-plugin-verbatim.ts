/**
 * Vite plugin that turns the seeds folder into the app's data: `/data/index.json` and
 * `/data/articles/<slug>.json`. In dev it serves them from memory, re-ingests a seed when it is
 * added, changed or deleted (and everything when the ingest code changes), and tells the page with
 * the `verbatim:data-changed` HMR event. In a build it emits the same files into dist, validated by
 * the schema, and prints one line per file.
 *
 * Only types and modules that never touch the core are imported here; the pipeline is loaded
 * with `runnerImport` (see data-pipeline.ts for why).
 */
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Logger, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import type { Article } from '../ingest/schema';
import type { Library } from './build-library';
import { DATA_CHANGED_EVENT, type DataChangedPayload } from './data-changed-event.ts';
import type { OutcomeReport } from './describe-outcome';
import type { SeedOutcome } from './load-seeds';
import { resolveSeedsDir } from './seeds-dir.ts';
import { guardPreviewData, serveDevData } from './serve-data.ts';
import { terminalSafe } from './terminal-text.ts';

type Pipeline = typeof import('./data-pipeline');

const PIPELINE_FILE = fileURLToPath(new URL('./data-pipeline.ts', import.meta.url));

export interface VerbatimPluginOptions {
  /** Defaults to `SEEDS_DIR` or `seeds/`, relative to the working directory. */
  seedsDir?: string;
}

export function verbatim(options: VerbatimPluginOptions = {}): Plugin {
  const seedsDir = options.seedsDir ? resolve(options.seedsDir) : resolveSeedsDir();
  /** Dev: each seed's schema-checked outcome and the hash of the bytes it came from. */
  const checked = new Map<string, { outcome: SeedOutcome; hash: string }>();
  let pipeline: Pipeline;
  /** Source files of the pipeline, so a dev edit to the core re-ingests everything. */
  let pipelineFiles = new Set<string>();
  let library: Library | null = null;
  let config: ResolvedConfig;

  const loadPipeline = async () => {
    const { module, dependencies } = await runnerImport<Pipeline>(PIPELINE_FILE);
    pipeline = module;
    pipelineFiles = new Set([PIPELINE_FILE, ...dependencies].map((file) => resolve(file)));
  };
  /** Slugs and shared files again from the checked outcomes: no article is ingested or checked again. */
  const reassemble = () => {
    // Name order by code unit, as the build lists seeds (so both give the same slugs); kept sorted
    // on insertion instead of sorting ten thousand names after every edit.
    library = pipeline.assembleLibrary([...checked.values()].map((c) => c.outcome));
  };
  let cache: Awaited<ReturnType<Pipeline['openIngestCache']>> | null = null;
  /**
   * Reads one seed and, unless its bytes are the ones already ingested, takes its article from the
   * content-hash cache the build shares (already checked), or ingests, checks and caches it.
   */
  const prepareOne = async (source: string) => {
    const read = await pipeline.readSeedFile(seedsDir, source);
    cache ??= await pipeline.openIngestCache(pipeline.DEFAULT_CACHE_DIR);
    const hash = read.ok ? cache.keyOf(source, read.bytes) : `unreadable:${read.message}`;
    if (checked.get(source)?.hash === hash) return null;
    if (!read.ok) return { source, hash, outcome: { source, ok: false as const, message: read.message } };
    const json = await cache.articleJson(hash).catch(() => null);
    if (json) return { source, hash, outcome: { source, ok: true as const, article: JSON.parse(json) as Article } };
    const outcome = pipeline.checkOutcome(await pipeline.ingestSeedBytes(source, read.bytes));
    if (outcome.ok) await pipeline.cacheArticle(cache, hash, outcome.article);
    return { source, hash, outcome };
  };
  const ingestOne = async (source: string): Promise<boolean> => {
    const prepared = await prepareOne(source);
    if (prepared) setSorted(checked, source, { outcome: prepared.outcome, hash: prepared.hash });
    return prepared !== null;
  };
  const loadAll = async (detail: 'per-file' | 'totals') => {
    checked.clear();
    // The ingest code may have changed: its version is part of every key.
    cache = await pipeline.openIngestCache(pipeline.DEFAULT_CACHE_DIR);
    // Several files read at once, kept in name order.
    await pipeline.mapInOrder(await pipeline.listSeedFiles(seedsDir), 8, prepareOne, (prepared) => {
      if (prepared) checked.set(prepared.source, { outcome: prepared.outcome, hash: prepared.hash });
    });
    reassemble();
    report(config.logger, pipeline, library!.outcomes, detail);
  };

  return {
    name: 'verbatim',
    // Vitest loads this config too; unit tests need no seeds ingested or watched.
    apply: (_config, env) => env.mode !== 'test',

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      if (config.command !== 'build') return;
      await loadPipeline();
      // A missing seeds folder fails the build loudly: shipping an empty library by accident is worse.
      await pipeline.listSeedFiles(seedsDir);
    },

    // Written straight to disk, article by article (not emitted into the bundle, which would hold
    // the whole library in memory); `order: 'pre'` so later writeBundle/closeBundle hooks can read it.
    writeBundle: {
      order: 'pre',
      async handler(output) {
        const outDir = join(output.dir ?? resolve(config.root, config.build.outDir), 'data');
        const result = await pipeline.writeLibraryFromSeeds({
          seedsDir,
          outDir,
          cacheDir: pipeline.DEFAULT_CACHE_DIR,
          onReport: (outcome) => reportOne(config.logger, pipeline, outcome),
          onNotice: (message) => config.logger.warn(`[verbatim] ${message}`),
        });
        config.logger.info(
          `[verbatim] ${pipeline.totalsLineOf({ ...result, failed: result.failures.length })}; ${result.ingested} ingested afresh, ${result.written} data files written`,
        );
      },
    },

    async configureServer(server) {
      const log = server.config.logger;
      try {
        await loadPipeline();
        await loadAllInDev(server, 'per-file');
      } catch (error) {
        // A half-edited core must not stop the UI from being served; /data stays empty until a restart.
        log.error(`[verbatim] could not load the ingest code: ${errorText(error)}`);
      }
      // The core may live outside Vite's root (tests, another root): watch its files explicitly.
      server.watcher.add([seedsDir, ...pipelineFiles]);
      // Events are gathered for a moment and handled as one batch: a thousand files dropped at once
      // are one re-assembly and one reload, and a copy's add-then-change is one ingest. Batches run
      // one at a time, in order.
      const pending = new Map<string, 'add' | 'change' | 'unlink'>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      let queue = Promise.resolve();
      const flush = () => {
        timer = undefined;
        const batch = new Map(pending);
        pending.clear();
        queue = queue
          .then(() => handleBatch(server, batch))
          .catch((error: unknown) => log.error(`[verbatim] ${errorText(error)} (kept the previous data)`));
      };
      const onEvent = (kind: 'add' | 'change' | 'unlink') => (path: string) => {
        const file = resolve(path);
        // An add followed by a change is still an add; anything followed by unlink is an unlink.
        pending.set(file, pending.get(file) === 'add' && kind === 'change' ? 'add' : kind);
        clearTimeout(timer);
        timer = setTimeout(flush, BATCH_MS);
      };
      server.watcher.on('add', onEvent('add'));
      server.watcher.on('change', onEvent('change'));
      server.watcher.on('unlink', onEvent('unlink'));
      server.middlewares.use((req, res, next) => serveDevData(req, res, next, config.base, library ?? EMPTY_LIBRARY));
    },

    configurePreviewServer(server) {
      // Without this, an unknown /data/articles/x.json would get the SPA's index.html with status 200.
      const dataDir = join(resolve(config.root, config.build.outDir), 'data');
      server.middlewares.use((req, res, next) => guardPreviewData(req, res, next, config.base, dataDir));
    },
  };

  async function handleBatch(server: ViteDevServer, batch: Map<string, 'add' | 'change' | 'unlink'>) {
    const code = [...batch].find(([path, kind]) => kind === 'change' && pipelineFiles.has(path));
    if (code) {
      await loadPipeline();
      config.logger.info(`[verbatim] ingest code changed (${basename(code[0])}): re-ingesting every seed`, {
        timestamp: true,
      });
      await loadAllInDev(server, 'totals');
      return notify(server, { source: '*', kind: 'reload' });
    }
    const seeds = [...batch].filter(([path]) => dirname(path) === seedsDir && path.toLowerCase().endsWith('.txt'));
    const changed: [string, 'add' | 'change' | 'unlink'][] = [];
    for (const [path, kind] of seeds) {
      const source = basename(path);
      if (kind === 'unlink') {
        if (checked.delete(source)) changed.push([source, kind]);
      } else if (await ingestOne(source)) changed.push([source, kind]);
    }
    if (changed.length === 0) return;
    reassemble();
    const bySource = new Map(library!.outcomes.map((o) => [o.source, o]));
    for (const [source, kind] of changed.slice(0, MAX_BATCH_LINES)) {
      const outcome = bySource.get(source);
      config.logger.info(
        `[verbatim] ${kind} ${outcome ? pipeline.outcomeSummaryLine(outcome) : terminalSafe(source)}`,
        { timestamp: true },
      );
      if (outcome)
        for (const line of pipeline.outcomeWarningLines(outcome)) config.logger.warn(`[verbatim] ${line.trim()}`);
    }
    if (changed.length > MAX_BATCH_LINES)
      config.logger.info(`[verbatim] … and ${changed.length - MAX_BATCH_LINES} more files`);
    const [first] = changed;
    if (changed.length === 1 && first) return notify(server, { source: first[0], kind: first[1] });
    const kinds = new Set(changed.map(([, kind]) => kind));
    notify(server, { source: '*', kind: kinds.size === 1 ? first![1] : 'change' });
  }

  async function loadAllInDev(server: ViteDevServer, detail: 'per-file' | 'totals') {
    try {
      await loadAll(detail);
    } catch (error) {
      // The dev server stays up so the folder can be created or SEEDS_DIR fixed without a restart.
      server.config.logger.error(`[verbatim] ${errorText(error)}`);
    }
  }
}

/** Sets `key` in a map kept in key order (code units): appended when last, else the map is rebuilt. */
function setSorted<V>(map: Map<string, V>, key: string, value: V) {
  const last = [...map.keys()].at(-1);
  if (map.has(key) || last === undefined || last < key) {
    map.set(key, value);
    return;
  }
  const entries = [...map, [key, value] as [string, V]].sort(([a], [b]) => (a < b ? -1 : 1));
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}

/** How long the dev server waits for more file events before handling a batch. */
const BATCH_MS = 60;
/** Per-file lines logged for one batch; the rest are counted. */
const MAX_BATCH_LINES = 20;

/** What the dev server serves before the first ingest or when the seeds folder is missing. */
const EMPTY_LIBRARY: Library = {
  outcomes: [],
  articles: new Map(),
  sharedFiles: () =>
    new Map([
      [
        'index.json',
        JSON.stringify({
          total: 0,
          quoteTotal: 0,
          pageSize: 50,
          articles: [],
          years: [],
          failures: [],
          search: { docs: 0, docsPerFile: 500, window: 4096, buckets: 1 },
        }),
      ],
    ]),
  sharedFile(path) {
    return this.sharedFiles().get(path);
  },
  get index() {
    return JSON.parse(this.sharedFiles().get('index.json') ?? '{}') as Library['index'];
  },
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function notify(server: ViteDevServer, payload: DataChangedPayload) {
  server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: payload });
}

function reportOne(logger: Logger, pipeline: Pipeline, outcome: SeedOutcome | OutcomeReport) {
  const line = `[verbatim] ${pipeline.outcomeSummaryLine(outcome)}`;
  if (outcome.ok) logger.info(line);
  else logger.warn(line);
  for (const warning of pipeline.outcomeWarningLines(outcome)) logger.warn(`[verbatim] ${warning.trim()}`);
}

function report(logger: Logger, pipeline: Pipeline, outcomes: readonly SeedOutcome[], detail: 'per-file' | 'totals') {
  if (detail === 'per-file') for (const outcome of outcomes) reportOne(logger, pipeline, outcome);
  logger.info(`[verbatim] ${pipeline.totalsLine(outcomes)}`);
}
