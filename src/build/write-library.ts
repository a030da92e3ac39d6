/**
 * Writes the library's JSON files under an output folder. Article files left over from an earlier
 * run (a seed since deleted or renamed) are removed, so the folder always matches its index.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { libraryFiles, type Library } from './build-library';

/** Writes `index.json` and `articles/<slug>.json` under `outDir`; returns how many files were written. */
export async function writeLibrary(library: Library, outDir: string): Promise<number> {
  const files = libraryFiles(library);
  const articlesDir = join(outDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const keep = new Set(files.map((file) => join(outDir, file.path)));
  for (const name of await readdir(articlesDir)) {
    const path = join(articlesDir, name);
    if (name.endsWith('.json') && !keep.has(path)) await rm(path);
  }
  for (const file of files) {
    const path = join(outDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.json);
  }
  return files.length;
}
