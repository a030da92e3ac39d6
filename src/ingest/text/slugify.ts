import { foldText } from './ascii-words';

/** Lower-case ASCII words joined by hyphens: accents folded, everything else dropped. */
export function slugify(text: string, maxWords = 8): string {
  const folded = foldText(text);
  let out = '';
  let words = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && !inWord) {
      if (words === maxWords) break;
      if (words > 0) out += '-';
      words++;
    }
    if (alnum) out += folded[i];
    inWord = alnum;
  }
  return out;
}
