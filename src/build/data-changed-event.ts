/**
 * The HMR event the dev server sends after a seed file was added, changed or deleted and the data
 * under /data was rebuilt. Import-free, so UI code can import it:
 * `import.meta.hot?.on(DATA_CHANGED_EVENT, (payload) => queryClient.invalidateQueries())`.
 */
export const DATA_CHANGED_EVENT = 'verbatim:data-changed';

export interface DataChangedPayload {
  /** The seed file, or `*` when many changed at once (one batch) or every file was re-ingested (`reload`: the ingest code changed). */
  source: string;
  kind: 'add' | 'change' | 'unlink' | 'reload';
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'verbatim:data-changed': DataChangedPayload;
  }
}
