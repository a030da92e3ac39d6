/** Reads bytes as UTF-8 without decoding them: how many characters need several bytes, and where it breaks. */

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes: the evidence that a file is UTF-8 at all. */
  multibyte: number;
  /** Byte offsets of the ill-formed sequences, one per U+FFFD a (non-fatal) TextDecoder puts there. */
  invalid: number[];
}

// The second byte's range for each lead byte (Unicode Table 3-7): this is what rules out overlong
// forms and surrogates, as TextDecoder does.
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * One ill-formed sequence is its longest valid prefix (at least one byte), the "maximal subpart"
 * the WHATWG decoder replaces with one U+FFFD, so `invalid.length` is the number it will insert.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    let valid = length > 0 ? 1 : 0;
    while (valid > 0 && valid < length && i + valid < bytes.length) {
      const b = bytes[i + valid]!;
      const [lo, hi] = valid === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (b < lo || b > hi) break;
      valid++;
    }
    if (length > 0 && valid === length) {
      multibyte++;
      i += length;
      continue;
    }
    invalid.push(i);
    i += Math.max(1, valid);
  }
  return { multibyte, invalid };
}

/** 1-based line numbers of byte offsets (sorted), counting LF, CRLF and a lone CR as line ends. */
export function linesOfOffsets(bytes: Uint8Array, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let k = 0;
  for (let i = 0; i < bytes.length && k < offsets.length; i++) {
    while (k < offsets.length && offsets[k] === i) {
      if (lines[lines.length - 1] !== line) lines.push(line);
      k++;
    }
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return lines;
}

/** "line 3", "lines 3, 7 and 12", "lines 3, 7, 12, … (40 lines)": a warning stays one readable sentence. */
export function describeLines(lines: number[], shown = 10): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  if (lines.length <= shown) return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  return `lines ${lines.slice(0, shown).join(', ')}, … (${lines.length} lines)`;
}
