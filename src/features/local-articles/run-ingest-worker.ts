/** Sends files to the ingest worker, started on first use and kept for the next batch. */
import type { LocalFile, LocalOutcome } from './ingest-local-files';
import type { IngestReply, IngestRequest } from './ingest-protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (o: LocalOutcome[]) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verbatim-ingest',
  });
  started.onmessage = (event: MessageEvent<IngestReply>) => {
    const reply = event.data;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiter) return;
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.outcomes);
  };
  // A worker that cannot load (a failed chunk, a crash) fails every batch it holds, and the next
  // batch starts a fresh one.
  started.onerror = (event) => {
    event.preventDefault();
    for (const waiter of pending.values())
      waiter.reject(new Error(`the article reader stopped: ${event.message || 'could not start'}`));
    pending.clear();
    started.terminate();
    worker = null;
  };
  return started;
}

/** Ingests the files in the worker; resolves with one outcome per file, in order. */
export function ingestInWorker(files: LocalFile[], takenSlugs: string[]): Promise<LocalOutcome[]> {
  worker ??= startWorker();
  const id = nextId++;
  const request: IngestRequest = { id, files, takenSlugs };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(
      request,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  });
}
