/** Where the seeds live; kept apart from the loader so the Vite config can use it without the core. */
import { resolve } from 'node:path';

/** The folder the app reads: `SEEDS_DIR` when set, else `seeds/`, relative to the working directory. */
export function resolveSeedsDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.SEEDS_DIR || 'seeds');
}
