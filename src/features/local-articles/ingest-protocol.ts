/** The messages between the page and the ingest worker. */
import type { LocalFile, LocalOutcome } from './ingest-local-files';

export interface IngestRequest {
  id: number;
  files: LocalFile[];
  takenSlugs: string[];
}

export type IngestReply = { id: number; outcomes: LocalOutcome[] } | { id: number; error: string };
