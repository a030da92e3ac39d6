import { isAscii } from './ascii-words';

/** Lower-case ASCII words joined by hyphens: accents folded, everything else dropped. */
export function slugify(text: string, maxWords = 8): string {
  const folded = isAscii(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
