/**
 * One pattern, two compiled forms. V8 runs a regex without the Unicode flag about ten times faster,
 * and most articles are in Latin script, so a pattern written with \p{…} classes also gets a Latin
 * form (the classes narrowed to the Latin alphabets, no flag `u`), used when `isLatinText` says so.
 */
import { isLatinText } from './ascii-words';

const LATIN_CLASSES: Record<string, string> = {
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE',
  Ll: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF',
  L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F',
  M: '\\u0300-\\u036F',
  N: '0-9',
};

/** The Latin form of a pattern's source: \p{Lu}, \p{Ll}, \p{L}, \p{M}, \p{N} narrowed to Latin ranges. */
export function latinSource(source: string): string {
  return rewritePropertyClasses(source, (escape) => {
    const property = /^\\p\{(Lu|Ll|L|M|N)\}$/.exec(escape);
    return property ? LATIN_CLASSES[property[1]!]! : null;
  });
}

/**
 * A pattern's source with each \p{…} or \P{…} escape replaced by the ranges `rangesFor` gives it
 * (set in brackets outside a character class, bare inside one), or kept as written where it gives
 * null. Every other escape is shown to `other` (its first three characters: it may refuse one by
 * throwing) and copied as written. Both Latin forms (here and latin1-pattern.ts) are made by it.
 */
export function rewritePropertyClasses(
  source: string,
  rangesFor: (escape: string) => string | null,
  other: (escape: string) => void = () => {},
): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const property = /^\\[pP]\{[^}]*\}/.exec(source.slice(i));
      const ranges = property && rangesFor(property[0]);
      if (property && ranges !== null) {
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      other(source.slice(i, i + 3));
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

export interface DualPattern {
  latin: RegExp;
  unicode: RegExp;
}

/** Compiles both forms of a Unicode pattern (its flags kept, `u` dropped from the Latin one). */
export function dual(pattern: RegExp): DualPattern {
  return { unicode: pattern, latin: new RegExp(latinSource(pattern.source), pattern.flags.replace('u', '')) };
}

/** The form of a pattern for text already known to be Latin or not. */
export function pick(p: DualPattern, latin: boolean): RegExp {
  return latin ? p.latin : p.unicode;
}

/** The form of a pattern to run on a text. */
export function patternFor(p: DualPattern, text: string): RegExp {
  return isLatinText(text) ? p.latin : p.unicode;
}
