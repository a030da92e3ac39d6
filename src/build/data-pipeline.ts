/**
 * Everything the Vite plugin runs on seeds, in one module that the plugin loads at run time
 * (through Vite's module runner) instead of importing it. The Vite config then never bundles the
 * ingest core: a half-edited core file cannot break loading the config for every other tool, and the
 * dev server can reload this module when the core changes.
 */
export { assembleLibrary, checkOutcome } from './build-library';
export { outcomeSummaryLine, outcomeWarningLines, totalsLine, totalsLineOf } from './describe-outcome';
export { cacheArticle } from './article-digest';
export { DEFAULT_CACHE_DIR, openIngestCache, sha1 } from './ingest-cache';
export { mapInOrder } from './map-in-order';
export { ingestSeedBytes, listSeedFiles, loadSeeds, readSeedFile } from './load-seeds';
export { writeLibraryFromSeeds } from './write-library';
