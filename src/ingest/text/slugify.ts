import { foldText } from './ascii-words';

const isSlugCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Lower-case ASCII words joined by hyphens: accents folded, everything else dropped. */
export function slugify(text: string, maxWords = 8): string {
  const folded = foldText(text);
  let out = '';
  let words = 0;
  // Each word is cut out whole (one slice, not a string per character).
  for (let i = 0; i < folded.length;) {
    if (!isSlugCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    if (words === maxWords) break;
    const start = i;
    while (i < folded.length && isSlugCode(folded.charCodeAt(i))) i++;
    out += words > 0 ? `-${folded.slice(start, i)}` : folded.slice(start, i);
    words++;
  }
  return out;
}
