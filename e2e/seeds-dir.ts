/** Where the e2e run keeps its article folder and its build: outside the repo, rebuilt each run. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const e2eSeedsDir = path.join(os.tmpdir(), 'verbatim-e2e-seeds');
export const e2eOutDir = path.join(os.tmpdir(), 'verbatim-e2e-dist');
/** The shared hostile file CI provides; a user's clone may not have it. */
export const sharedInjection = path.resolve(projectRoot, '../shared/corpus/bad/injection.txt');
