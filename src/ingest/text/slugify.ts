import { foldText, tableFold } from './ascii-words';

const isSlugCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Lower-case ASCII words joined by hyphens: accents folded, everything else dropped. The text is
 * read one character at a time and no further than the words kept (a title's slug keeps six):
 * each character's fold comes from foldText's tables, whose folds join character by character, so
 * no folded copy of a long title is built. A character beyond the tables sends the whole text
 * through foldText, as the definition says.
 */
export function slugify(text: string, maxWords = 8): string {
  return slugOfAscii(text, maxWords) ?? slugOfTableFolds(text, maxWords);
}

const isAsciiLetterOrDigit = (c: number) => ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57);

/**
 * The slug of a text of ASCII (most names and titles), each word cut out whole and lower-cased:
 * no string per character, as joining the folds one by one made. Null at the first character
 * beyond ASCII, before the words kept are all read.
 */
function slugOfAscii(text: string, maxWords: number): string | null {
  let out = '';
  let words = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return null;
    if (!isAsciiLetterOrDigit(c)) {
      i++;
      continue;
    }
    if (words === maxWords) break;
    const start = i;
    while (i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
    const word = text.slice(start, i).toLowerCase();
    out += words > 0 ? `-${word}` : word;
    words++;
  }
  return out;
}

/** The slug of any text, by the folds of its characters (or of the whole text beyond the tables). */
function slugOfTableFolds(text: string, maxWords: number): string {
  let out = '';
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const fold = tableFold(text.charCodeAt(i));
    if (fold === undefined) return slugOfFolded(foldText(text), maxWords);
    for (let k = 0; k < fold.length; k++) {
      if (!isSlugCode(fold.charCodeAt(k))) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        if (words === maxWords) return out;
        if (words > 0) out += '-';
        words++;
        inWord = true;
      }
      out += fold[k];
    }
  }
  return out;
}

/** The slug of an already folded text. */
function slugOfFolded(folded: string, maxWords: number): string {
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
