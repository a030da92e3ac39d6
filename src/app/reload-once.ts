/**
 * A route's code that fails to load (a new deploy removed the old chunk, the server restarted) is
 * retried by reloading the page once: the new HTML names the new chunks. A second failure at the
 * same address is shown as an error with Retry, so a broken build never loops.
 */
const KEY = 'verbatim-reloaded-for';

/** Chrome, Firefox and Safari word a failed `import()` differently. */
const CHUNK_ERROR = /dynamically imported module|Importing a module script failed|error loading dynamically imported/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_ERROR.test(error.message);
}

/** Whether this address was already reloaded once for missing code. */
export function reloadedAlready(): boolean {
  try {
    return sessionStorage.getItem(KEY) === location.href;
  } catch {
    return true;
  }
}

/** Reloads the page unless it was already reloaded for this address; says whether it did. */
export function reloadOnce(): boolean {
  try {
    if (sessionStorage.getItem(KEY) === location.href) return false;
    sessionStorage.setItem(KEY, location.href);
  } catch {
    return false;
  }
  location.reload();
  return true;
}

/** A page that loaded its code clears the mark, so a later deploy gets its own reload. */
export function clearReloadMark(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked: nothing was marked either.
  }
}
