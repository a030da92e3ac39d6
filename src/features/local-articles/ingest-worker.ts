/**
 * The Web Worker that reads a reader's files off the main thread: a long article takes the core
 * seconds, and the page must stay responsive meanwhile. One request in, one reply out.
 */
import type { Article } from '../../ingest/schema';
import { DICTIONARY_URLS } from './dictionary-urls';
import { ingestLocalFiles } from './ingest-local-files';
import type { IngestReply, IngestRequest } from './ingest-protocol';
import { withRepairsInWorker } from './worker-spellers';

const repair = (article: Article) => withRepairsInWorker(article, (lang) => DICTIONARY_URLS[lang]?.() ?? null);

self.onmessage = async (event: MessageEvent<IngestRequest>) => {
  const { id, files, takenSlugs } = event.data;
  let reply: IngestReply;
  try {
    reply = { id, outcomes: await ingestLocalFiles(files, takenSlugs, repair) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
