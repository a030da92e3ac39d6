/** Counts over a text's runs of white space, read by character code instead of splitting it. */
import { isJsSpace } from './ascii-words';

/** Whether a unit is JS white space; the printable ASCII and C1 units, which are none, by one test
 * first (most of a text is those, and the full test makes a dozen comparisons). */
const isSpaceCode = (c: number) => !(c > 32 && c < 0xa0) && isJsSpace(c);

/**
 * `text.split(/\s+/).length` without the array: one more than the runs of JS white space (a run at
 * either end counts too, as split leaves an empty string there). A word count's callers build
 * no list of words for it.
 */
export function piecesBetweenSpaces(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
  }
  return pieces;
}
