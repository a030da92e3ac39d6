/**
 * The files a first visit to a reader page downloads, read from Vite's build manifest
 * (`build.manifest: true`, dist/.vite/manifest.json) instead of from the bundler's output: the entry
 * with its static imports, the reader route's chunk with its static imports, and their CSS.
 */

/** One entry of Vite's manifest (vite.dev/guide/backend-integration). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The route module the reader is built from: the router loads it before the first render. */
export const READER_MODULE = 'src/app/routes/reader.tsx';

export function firstVisitFiles(manifest: Manifest, routeModule = READER_MODULE): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    // Static imports only: dynamic ones load later, when a page asks for them.
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry chunk');
  entries.forEach(visit);
  if (!manifest[routeModule]) throw new Error(`the manifest has no chunk for ${routeModule}`);
  visit(routeModule);
  return files;
}
