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
import type { Library } from './build-library';
import { DATA_CHANGED_EVENT, type DataChangedPayload } from './data-changed-event.ts';
import type { SeedOutcome } from './load-seeds';
import { resolveSeedsDir } from './seeds-dir.ts';
import { guardPreviewData, serveDevData } from './serve-data.ts';

type Pipeline = typeof import('./data-pipeline');

const PIPELINE_FILE = fileURLToPath(new URL('./data-pipeline.ts', import.meta.url));

export interface VerbatimPluginOptions {
  /** Defaults to `SEEDS_DIR` or `seeds/`, relative to the working directory. */
  seedsDir?: string;
}

export function verbatim(options: VerbatimPluginOptions = {}): Plugin {
  const seedsDir = options.seedsDir ? resolve(options.seedsDir) : resolveSeedsDir();
  const outcomes = new Map<string, SeedOutcome>();
  let pipeline: Pipeline;
  /** Source files of the pipeline, so a dev edit to the core re-ingests everything. */
  let pipelineFiles = new Set<string>();
  let library: Library = { index: { articles: [], failures: [] }, articles: new Map(), outcomes: [] };
  let config: ResolvedConfig;

  const loadPipeline = async () => {
    const { module, dependencies } = await runnerImport<Pipeline>(PIPELINE_FILE);
    pipeline = module;
    pipelineFiles = new Set([PIPELINE_FILE, ...dependencies].map((file) => resolve(file)));
  };
  const rebuild = () => {
    library = pipeline.buildLibrary([...outcomes.values()].sort((a, b) => a.source.localeCompare(b.source)));
  };
  const loadAll = async (detail: 'per-file' | 'totals') => {
    outcomes.clear();
    for (const outcome of await pipeline.loadSeeds(seedsDir)) outcomes.set(outcome.source, outcome);
    rebuild();
    report(config.logger, pipeline, library, detail);
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
      await loadAll('per-file');
    },

    generateBundle() {
      for (const file of pipeline.libraryFiles(library)) {
        this.emitFile({ type: 'asset', fileName: `data/${file.path}`, source: file.json });
      }
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
      // One change at a time, in order: a burst of saves must not interleave two re-ingests.
      let queue = Promise.resolve();
      const onEvent = (kind: 'add' | 'change' | 'unlink') => (path: string) => {
        queue = queue
          .then(() => handleFileEvent(server, kind, resolve(path)))
          .catch((error: unknown) => log.error(`[verbatim] ${errorText(error)} (kept the previous data)`));
      };
      server.watcher.on('add', onEvent('add'));
      server.watcher.on('change', onEvent('change'));
      server.watcher.on('unlink', onEvent('unlink'));
      server.middlewares.use((req, res, next) => serveDevData(req, res, next, config.base, library));
    },

    configurePreviewServer(server) {
      // Without this, an unknown /data/articles/x.json would get the SPA's index.html with status 200.
      const dataDir = join(resolve(config.root, config.build.outDir), 'data');
      server.middlewares.use((req, res, next) => guardPreviewData(req, res, next, config.base, dataDir));
    },
  };

  async function handleFileEvent(server: ViteDevServer, kind: 'add' | 'change' | 'unlink', path: string) {
    if (kind === 'change' && pipelineFiles.has(path)) {
      await loadPipeline();
      config.logger.info(`[verbatim] ingest code changed (${basename(path)}): re-ingesting every seed`, { timestamp: true });
      await loadAllInDev(server, 'totals');
      return notify(server, { source: '*', kind: 'reload' });
    }
    if (dirname(path) !== seedsDir || !path.toLowerCase().endsWith('.txt')) return;
    const source = basename(path);
    if (kind === 'unlink') outcomes.delete(source);
    else outcomes.set(source, await pipeline.ingestSeedFile(seedsDir, source));
    rebuild();
    const outcome = library.outcomes.find((o) => o.source === source);
    config.logger.info(`[verbatim] ${kind} ${outcome ? pipeline.outcomeSummaryLine(outcome) : source}`, { timestamp: true });
    if (outcome) for (const line of pipeline.outcomeWarningLines(outcome)) config.logger.warn(`[verbatim] ${line.trim()}`);
    notify(server, { source, kind });
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function notify(server: ViteDevServer, payload: DataChangedPayload) {
  server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: payload });
}

function report(logger: Logger, pipeline: Pipeline, library: Library, detail: 'per-file' | 'totals') {
  if (detail === 'per-file') {
    for (const outcome of library.outcomes) {
      const line = `[verbatim] ${pipeline.outcomeSummaryLine(outcome)}`;
      if (outcome.ok) logger.info(line);
      else logger.warn(line);
      for (const warning of pipeline.outcomeWarningLines(outcome)) logger.warn(`[verbatim] ${warning.trim()}`);
    }
  }
  logger.info(`[verbatim] ${pipeline.totalsLine(library.outcomes)}`);
}
