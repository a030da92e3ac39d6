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
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of probe) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return probe.length > 0 && control / probe.length > 0.05;
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
    // Windows-1252 is what the WHATWG decoder gives for "latin1", and it is what such files usually are.
    text = new TextDecoder('windows-1252').decode(bytes);
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
