/**
 * The speaker palette as the browser draws it: index.css's `sp-N` classes resolved through
 * Tailwind's colour table, checked for WCAG contrast in both themes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE } from './speaker-colors';

const root = path.resolve(import.meta.dirname, '../../..');
const css = fs.readFileSync(path.join(root, 'src/index.css'), 'utf8');
const theme = fs.readFileSync(path.join(root, 'node_modules/tailwindcss/theme.css'), 'utf8');

type Rgb = [number, number, number];

/** sRGB (0–1) of a Tailwind colour: `oklch(L% C H)` or `#fff`. */
function colour(name: string): Rgb {
  const value = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(theme)?.[1]?.trim();
  if (!value) throw new Error(`no --color-${name} in Tailwind's theme`);
  if (value === '#fff') return [1, 1, 1];
  const m = /^oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)$/.exec(value);
  if (!m) throw new Error(`cannot read ${value}`);
  const [l, c, h] = [Number(m[1]) / 100, Number(m[2]), (Number(m[3]) * Math.PI) / 180];
  const [a, b] = [c * Math.cos(h), c * Math.sin(h)];
  // OKLab → linear sRGB (Björn Ottosson's matrices).
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear: Rgb = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return linear.map((x) => Math.min(1, Math.max(0, x))) as Rgb;
}

/** WCAG relative luminance, from linear sRGB. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (x: Rgb, y: Rgb) => {
  const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The variables of one `sp-N` rule in one theme. */
function palette(n: number, dark: boolean): Record<'solid' | 'line' | 'avatar', Rgb> {
  const rule = new RegExp(`^\\s*${dark ? '\\.dark ' : ''}\\.sp-${n} \\{([^}]*)\\}`, 'm').exec(css)?.[1];
  if (!rule) throw new Error(`index.css has no ${dark ? 'dark ' : ''}.sp-${n} rule`);
  const read = (v: string) => colour(new RegExp(`--sp-${v}: var\\(--color-([\\w-]+)\\)`).exec(rule)![1]!);
  return { solid: read('solid'), line: read('line'), avatar: read('avatar') };
}

const page = { light: colour('white'), dark: colour('gray-950') };
const text = { light: colour('gray-950'), dark: colour('white') };
// Avatars: white initials in the light theme, near-black in the dark one (index.css .avatar).
const initials = { light: colour('white'), dark: colour('gray-950') };

describe('the speaker palette', () => {
  it('reads Tailwind’s colours as WCAG tools do', () => {
    expect(contrast(colour('white'), colour('gray-950'))).toBeGreaterThan(18);
    // Known neighbours of the limits: yellow-600 is too light for an underline on white, yellow-700 is not.
    expect(contrast(colour('white'), colour('yellow-600'))).toBeLessThan(3);
    expect(contrast(colour('white'), colour('yellow-700'))).toBeGreaterThan(3);
  });

  it('has at least twelve colours, each in both themes', () => {
    expect(PALETTE_SIZE).toBeGreaterThanOrEqual(12);
    for (let n = 0; n < PALETTE_SIZE; n++)
      for (const dark of [false, true]) expect(() => palette(n, dark)).not.toThrow();
  });

  for (const mode of ['light', 'dark'] as const) {
    it(`keeps AA in the ${mode} theme: highlighted text, initials, and a 3:1 underline against the page`, () => {
      for (let n = 0; n < PALETTE_SIZE; n++) {
        const p = palette(n, mode === 'dark');
        expect(contrast(text[mode], p.solid), `sp-${n} highlight`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(initials[mode], p.avatar), `sp-${n} initials`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(page[mode], p.line), `sp-${n} underline`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('gives every speaker a hue of its own', () => {
    const hues = Array.from(
      { length: PALETTE_SIZE },
      (_, n) =>
        /--sp-line: var\(--color-(\w+)-/.exec(new RegExp(`^\\s*\\.sp-${n} \\{([^}]*)\\}`, 'm').exec(css)![1]!)![1],
    );
    expect(new Set(hues).size).toBe(PALETTE_SIZE);
  });
});
