/** Where the e2e run keeps its article folder and its build: outside the repo, rebuilt each run. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// E2E_TAG keeps two runs on one machine (two checkouts, two terminals) out of each other's folders.
const tag = process.env.E2E_TAG ?? '';
export const e2eSeedsDir = path.join(os.tmpdir(), `verbatim-e2e-seeds${tag}`);
export const e2eOutDir = path.join(os.tmpdir(), `verbatim-e2e-dist${tag}`);
/** The shared hostile file CI provides; a user's clone may not have it. */
export const sharedInjection = path.resolve(projectRoot, '../shared/corpus/bad/injection.txt');
