/** Turns a file's bytes into clean text, or says why it cannot: binary, empty, or not text. */
import type { IngestWarning } from '../schema';

export type DecodeResult =
  | { ok: true; text: string; warnings: IngestWarning[] }
  | { ok: false; error: string };

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

/** Decodes UTF-8 (BOM stripped), falling back to Windows-1252 with a warning; normalises line ends. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file (0 bytes)' };
  if (looksBinary(bytes)) return { ok: false, error: 'binary data, not a text file (skipped)' };
  const warnings: IngestWarning[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    text = decodeWindows1252(bom ? bytes.subarray(3) : bytes);
    warnings.push({
      code: 'latin1',
      message: 'The file is not valid UTF-8; it was decoded as Latin-1 (Windows-1252). Check accented letters.',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (BLANK.test(text)) return { ok: false, error: 'empty file (only whitespace)' };
  if (text.includes('\ufffd')) {
    warnings.push({ code: 'replacement-char', message: 'The file contains U+FFFD replacement characters: some letters were already lost before ingest.' });
  }
  return { ok: true, text, warnings };
}
