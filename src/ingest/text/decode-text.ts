/** Turns a file's bytes into clean text, or says why it cannot: binary, empty, or not text. */
import type { IngestWarning } from '../schema';
import { describeLines, linesOfOffsets, scanUtf8 } from './scan-utf8';

export type DecodeResult = { ok: true; text: string; warnings: IngestWarning[] } | { ok: false; error: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
// Characters that are whitespace to a reader but not always to \s (NBSP and ideographic space are, ZWSP is not).
const BLANK = /^[\s\u200b\u2060\ufeff]*$/u;

function looksBinary(bytes: Uint8Array): boolean {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return true;
  if (bytes.indexOf(0) >= 0) return true;
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return probe.length > 0 && control / probe.length > 0.05;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, €). Node 20's
// TextDecoder decodes those as C1 controls, so the table is spelled out (undefined bytes stay as they are).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b));
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** `replaced`: how many U+FFFD the decoder put in for broken bytes. */
type Decoded = { text: string; warnings: IngestWarning[]; replaced?: number } | { error: string };

const LATIN1_WARNING: IngestWarning = {
  code: 'latin1',
  message: 'The file is not valid UTF-8; it was decoded as Latin-1 (Windows-1252). Check accented letters.',
};

/**
 * UTF-8 when the file mostly is: its well-formed multi-byte characters are at least as many as the
 * broken sequences (a stray byte, a file cut off mid-character). A file with no multi-byte character
 * at all is not evidence of UTF-8: "Zoë" in Windows-1252 ends in a byte that starts a UTF-8 sequence. Then only the broken bytes become U+FFFD, with a warning
 * that names their lines; decoding the whole file as Windows-1252 would turn every “ into â€œ.
 * Windows-1252 is kept for files whose high bytes are single characters, where UTF-8 sequences
 * almost never form by chance.
 */
// One strict decoder for every file (it keeps no state between calls without `stream`): making one
// per file cost more than decoding a news article.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as well-formed UTF-8, or null when they are not. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8OrWindows1252(bytes: Uint8Array, strict: string | null): Decoded {
  if (strict !== null) return { text: strict, warnings: [] };
  // Scanned only when the fast native check fails.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const scan = scanUtf8(bytes);
  const mostlyUtf8 = bom || (scan.multibyte > 0 && scan.multibyte >= scan.invalid.length);
  if (!mostlyUtf8) return { text: decodeWindows1252(bytes), warnings: [LATIN1_WARNING] };
  const n = scan.invalid.length;
  const where = describeLines(linesOfOffsets(bytes, scan.invalid));
  return {
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    warnings: [
      {
        code: 'invalid-utf8',
        message: `${n === 1 ? 'One byte sequence is' : `${n} byte sequences are`} not valid UTF-8 (${where}); ${n === 1 ? 'it was' : 'they were'} replaced with U+FFFD (�). The rest of the file is read as UTF-8.`,
      },
    ],
    replaced: n,
  };
}

/** UTF-16 is only recognised by its byte-order mark: without one, its text cannot be told from binary. */
function decodeUtf16(bytes: Uint8Array): Decoded | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  if (le && bytes[2] === 0 && bytes[3] === 0) return { error: 'UTF-32 text is not supported; save the file as UTF-8' };
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);
  if (looksBinary(new TextEncoder().encode(text))) return { error: 'binary data, not a text file (skipped)' };
  return { text, warnings: [] };
}

/** 1-based line numbers of the places where `char` occurs in `text` (line ends already LF). */
function linesOfChar(text: string, char: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const c of text) {
    if (c === '\n') line++;
    else if (c === char && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

// The control characters `looksBinary` counts: C0 but tab, line feed, vertical tab, form feed, carriage return and escape.
const CONTROL_CHAR = /[\0-\x08\x0e-\x1a\x1c-\x1f]/;

/**
 * The file decoded, or why it is not text. Well-formed UTF-8 with no control character is never
 * binary: in UTF-8 a control byte only ever stands for itself, and a PNG's first byte starts no
 * character. Such a file, nearly every one, is told by one native decode and one native scan for a
 * control character instead of a loop over its bytes; any other file by `looksBinary` as before.
 */
function decodeUnlessBinary(bytes: Uint8Array): Decoded {
  const strict = strictUtf8(bytes);
  if (strict !== null && !CONTROL_CHAR.test(strict)) return { text: strict, warnings: [] };
  if (looksBinary(bytes)) return { error: 'binary data, not a text file (skipped)' };
  return decodeUtf8OrWindows1252(bytes, strict);
}

/**
 * Decodes UTF-8 (BOM stripped, broken bytes replaced), UTF-16 with a BOM, or Windows-1252 with a
 * warning; normalises line ends; refuses binary and empty files.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file (0 bytes)' };
  const decoded = decodeUtf16(bytes) ?? decodeUnlessBinary(bytes);
  if ('error' in decoded) return { ok: false, error: decoded.error };
  const warnings = [...decoded.warnings];
  let text = decoded.text;
  const replaced = decoded.replaced ?? 0;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // A U+FEFF inside the text is a byte-order mark left where files were joined, or the deprecated
  // "zero-width no-break space" (Unicode: use U+2060). Either way it is invisible and joins what
  // stands on each side, so removing it keeps every visible character where it was (the lossless
  // rule counts it as space, lossless.test.ts) while a name or header after it reads as it should.
  if (text.includes('\ufeff')) {
    warnings.push({
      code: 'stray-bom',
      message: `An invisible byte-order mark (U+FEFF) inside the text was removed (${describeLines(linesOfChar(text, '\ufeff'))}).`,
    });
    text = text.replaceAll('\ufeff', '');
  }
  if (BLANK.test(text)) return { ok: false, error: 'empty file (only whitespace)' };
  // U+FFFD the file itself held (not the ones put in for broken bytes): letters lost before ingest.
  if (text.includes('\ufffd') && (text.match(/\ufffd/g)?.length ?? 0) > replaced) {
    warnings.push({
      code: 'replacement-char',
      message: 'The file contains U+FFFD replacement characters: some letters were already lost before ingest.',
    });
  }
  return { ok: true, text, warnings };
}
