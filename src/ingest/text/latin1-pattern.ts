/**
 * An exact fast form of a Unicode pattern, for text in Latin-1 and common punctuation. V8 runs a
 * pattern without the `u` flag several times faster; unlike `latin-pattern.ts` (whose Latin form
 * is an approximation, narrowed to the Latin alphabets), this form matches exactly what the Unicode
 * pattern matches on every text that `isLatin1Text` (ascii-words.ts) accepts, so it can replace it
 * on hot paths without changing a single result.
 */
import { isLatin1Text } from './ascii-words';
import { rewritePropertyClasses } from './latin-pattern';

// What \p{Lu}, \p{Ll} and \p{L} are among the characters `isLatin1Text` lets through.
const LATIN1_CLASSES: Record<string, string> = {
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE',
  Ll: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF',
  L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF',
};

export interface Latin1Pattern {
  latin1: RegExp;
  unicode: RegExp;
}

/**
 * Both forms of a pattern written with \p{Lu}, \p{Ll} and \p{L} only (other properties, and the
 * `i` flag, whose case folding differs between the modes, are refused at load).
 */
export function latin1Pattern(pattern: RegExp): Latin1Pattern {
  if (!pattern.flags.includes('u') || pattern.flags.includes('i') || pattern.flags.includes('v'))
    throw new Error(`latin1Pattern: needs the u flag without i or v: ${pattern}`);
  const out = rewritePropertyClasses(
    pattern.source,
    (escape) => {
      const ranges = LATIN1_CLASSES[escape.slice(3, -1)];
      if (!ranges || escape[1] === 'P') throw new Error(`latin1Pattern: unsupported ${escape}`);
      return ranges;
    },
    // \u{…} exists only with the u flag.
    (escape) => {
      if (escape === '\\u{') throw new Error(`latin1Pattern: unsupported \\u{…}`);
    },
  );
  return { unicode: pattern, latin1: new RegExp(out, pattern.flags.replace('u', '')) };
}

/** The form of a pattern to run on `text[start, end)`. */
export function latin1PatternFor(p: Latin1Pattern, text: string, start = 0, end = text.length): RegExp {
  return isLatin1Text(text, start, end) ? p.latin1 : p.unicode;
}
