import { describe, expect, it } from 'vitest';
import { describeLines, linesOfOffsets, scanUtf8 } from './scan-utf8';

const utf8 = (s: string) => new TextEncoder().encode(s);
const replacements = (b: Uint8Array) => (new TextDecoder().decode(b).match(/\ufffd/g) ?? []).length;

describe('scanUtf8', () => {
  it('counts multi-byte characters of well-formed text and finds nothing broken', () => {
    expect(scanUtf8(utf8('“Łódź” 東京 🎉'))).toEqual({ multibyte: 8, invalid: [] });
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80, 0x62]],
    ['an overlong form', [0xc0, 0xaf, 0x61]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a lead byte before ASCII', [0xe2, 0x80, 0x41]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['bytes that never start a sequence', [0xf5, 0xff, 0xfe]],
  ])('finds %s where TextDecoder puts U+FFFD, as many times', (_name, input) => {
    const b = new Uint8Array(input);
    expect(scanUtf8(b).invalid.length).toBe(replacements(b));
  });

  it('finds a character cut off by the end of the file', () => {
    expect(scanUtf8(utf8('ok “').subarray(0, 5))).toEqual({ multibyte: 0, invalid: [3] });
  });
});

describe('linesOfOffsets and describeLines', () => {
  it('counts LF, CRLF and lone CR as line ends, each line once', () => {
    const b = utf8('a\nb\r\nc\rd');
    expect(linesOfOffsets(b, [0, 2, 2, 5, 7])).toEqual([1, 2, 3, 4]);
  });

  it('keeps a long list short', () => {
    expect(describeLines([4])).toBe('line 4');
    expect(describeLines([1, 2, 9])).toBe('lines 1, 2 and 9');
    expect(
      describeLines(
        Array.from({ length: 12 }, (_, i) => i + 1),
        3,
      ),
    ).toBe('lines 1, 2, 3, … (12 lines)');
  });
});
