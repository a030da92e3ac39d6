/** Tells speech in quotation marks from scare quotes, nicknames and titles ("the tunnel of patience"). */
import { FIRST_PERSON, SECOND_PERSON } from './lexicon';

const NAMING = /\b(?:called|call|calls|dubbed|so-called|nicknamed|bapti[sz]ed|titled|entitled|named|known as|the word|the words|the term|the slogan|the motto|the phrase|the label|the headline|a process of|what (?:he|she|they|it) calls?|label(?:led|ed)?|brand(?:ed)?|banners? reading|signs? reading|under the (?:title|name|banner))\s*(?:it\s+|the\s+\w+\s+|them\s+|him\s+|her\s+)?$/i;

export function isSpeech(words: string, before: string, hasCue: boolean, single: boolean): boolean {
  const count = words.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (count === 0) return false;
  if (NAMING.test(before.trimEnd().replace(/[,:]$/, ''))) return count >= 10 && hasCue;
  const titleCase = words.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  if (titleCase && count <= 7 && !hasCue) return false;
  if (single) return hasCue ? count >= 4 : count >= 8 && (FIRST_PERSON.test(words) || SECOND_PERSON.test(words));
  if (hasCue) return count >= 2;
  return count >= 6 || /[.!?]\s+\S/.test(words) || FIRST_PERSON.test(words) || SECOND_PERSON.test(words);
}
