/**
 * Turns a card layout into a PNG: satori lays it out as SVG with fonts from npm packages (woff,
 * read once; nothing is fetched), resvg rasterises it. Latin-ext letters (ł, ő, ș) come from
 * the packages' second subset, named apart so the layout can list it as a fallback family.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { cardLayout, type CardContent } from './card-layout';

const require = createRequire(import.meta.url);

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

let fonts: SatoriFont[] | null = null;

function loadFonts(): SatoriFont[] {
  const file = (pkg: string, name: string) => readFileSync(require.resolve(`${pkg}/files/${name}`));
  const serif = '@fontsource/source-serif-4';
  const sans = '@fontsource/inter';
  return [
    { name: 'Source Serif', data: file(serif, 'source-serif-4-latin-400-normal.woff'), weight: 400, style: 'normal' },
    {
      name: 'Source Serif Ext',
      data: file(serif, 'source-serif-4-latin-ext-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    { name: 'Source Serif', data: file(serif, 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
    {
      name: 'Source Serif Ext',
      data: file(serif, 'source-serif-4-latin-ext-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    { name: 'Inter', data: file(sans, 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter Ext', data: file(sans, 'inter-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: file(sans, 'inter-latin-600-normal.woff'), weight: 600, style: 'normal' },
    { name: 'Inter Ext', data: file(sans, 'inter-latin-ext-600-normal.woff'), weight: 600, style: 'normal' },
  ];
}

export async function renderCardPng(content: CardContent): Promise<Buffer> {
  fonts ??= loadFonts();
  const svg = await satori(cardLayout(content), { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().asPng();
}
