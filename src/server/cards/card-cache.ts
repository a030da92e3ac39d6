/**
 * Cards are cached by what they show: a rebuild renders only the cards whose quote, speaker,
 * article title or date changed (or all of them when the card's design changes). A card costs
 * tens of milliseconds; a 10,000-article library has about 100,000 of them.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardContent } from './card-layout';
import { renderCardPng } from './render-card';

/** The card's design: its source files, so editing the layout invalidates every cached card. */
const DESIGN = ['./card-layout.tsx', './render-card.ts']
  .map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url))))
  .join('\n');
const DESIGN_HASH = createHash('sha256').update(DESIGN).digest('hex').slice(0, 12);

export interface CardStats {
  rendered: number;
  cached: number;
  /** Milliseconds spent rendering (not copying). */
  renderMs: number;
}

export function cardKey(content: CardContent): string {
  return createHash('sha256').update(DESIGN_HASH).update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** Writes the card for `content` to `target`, from the cache when it holds the same card. */
export async function writeCard(
  cacheDir: string,
  content: CardContent,
  target: string,
  stats: CardStats,
): Promise<void> {
  const cached = join(cacheDir, `${cardKey(content)}.png`);
  mkdirSync(dirname(target), { recursive: true });
  if (!existsSync(cached)) {
    const started = performance.now();
    const png = await renderCardPng(content);
    stats.renderMs += performance.now() - started;
    stats.rendered++;
    mkdirSync(cacheDir, { recursive: true });
    // Written under a temporary name first: an interrupted build never leaves half a card cached.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  } else {
    stats.cached++;
  }
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
