/**
 * Fills the e2e article folder: the project's seeds, our own fixtures, and the shared injection
 * file when it exists. Run by the Playwright webServer command before the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { e2eSeedsDir, projectRoot, sharedInjection } from './seeds-dir';

fs.rmSync(e2eSeedsDir, { recursive: true, force: true });
fs.mkdirSync(e2eSeedsDir, { recursive: true });
const copyTxt = (dir: string) => {
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    fs.copyFileSync(path.join(dir, name), path.join(e2eSeedsDir, name));
  }
};
copyTxt(path.join(projectRoot, 'seeds'));
copyTxt(path.join(projectRoot, 'e2e', 'fixtures'));
if (fs.existsSync(sharedInjection)) fs.copyFileSync(sharedInjection, path.join(e2eSeedsDir, 'shared_injection.txt'));
console.log(`e2e seeds: ${fs.readdirSync(e2eSeedsDir).join(', ')}`);
