/**
 * Renders the app's install icons from public/icon.svg: `npx tsx src/build/make-pwa-icons.ts`.
 * The PNGs are committed (Chromium's install check wants 192 and 512 px PNGs); run this again after
 * editing the SVG. The square artwork fills the canvas, so the icons serve as "maskable" too: the
 * quotation marks stay inside the 80% safe zone that launchers may crop to.
 */
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT as projectRoot } from './project-root';

const svg = fs.readFileSync(path.join(projectRoot, 'public', 'icon.svg'));
for (const size of [192, 512]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  fs.writeFileSync(path.join(projectRoot, 'public', `icon-${size}.png`), png);
  console.log(`public/icon-${size}.png: ${png.length} bytes`);
}
