/** Counts over a text's runs of white space, read by character code instead of splitting it. */
import { isJsSpace } from './ascii-words';

/**
 * `text.split(/\s+/).length` without the array: one more than the runs of JS white space (a run at
 * either end counts too, as split leaves an empty string there). A word count's callers build
 * no list of words for it.
 */
export function piecesBetweenSpaces(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isJsSpace(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < text.length && isJsSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces;
}
