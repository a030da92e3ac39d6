/** `npm start` after the build: serves DIST (default dist/) on PORT (default 4173). */
import { resolve } from 'node:path';
import { createSiteServer } from './create-server';

const distDir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT) || 4173;

try {
  createSiteServer(distDir).listen(port, () => console.log(`Verbatim: serving ${distDir} at http://localhost:${port}`));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
