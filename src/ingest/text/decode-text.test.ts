import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function decodedText(input: Uint8Array): string {
  const result = decodeText(input);
  if (!result.ok) throw new Error(`expected text, got error: ${result.error}`);
  return result.text;
}

describe('decodeText: UTF-8', () => {
  it('returns plain UTF-8 unchanged, with no warnings', () => {
    const result = decodeText(utf8('Ciao, Zoë!\n\nSecond paragraph.'));
    expect(result).toEqual({ ok: true, text: 'Ciao, Zoë!\n\nSecond paragraph.', warnings: [] });
  });

  it('strips the byte-order mark and turns CRLF into LF', () => {
    const input = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8(' date 2024-01-05 from Rui Faria\r\n\r\nFirst line.\r\nSame paragraph.\r\n'),
    ]);
    const text = decodedText(input);
    expect(text).toBe(' date 2024-01-05 from Rui Faria\n\nFirst line.\nSame paragraph.\n');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\ufeff');
  });

  it('turns a lone CR (old Mac line end) into LF as well', () => {
    expect(decodedText(utf8('One.\r\rTwo.'))).toBe('One.\n\nTwo.');
  });

  it('decodes multi-byte letters and emoji without warnings', () => {
    const result = decodeText(utf8('Łódź – 東京 – 🎉'));
    expect(result.ok && result.text).toBe('Łódź – 東京 – 🎉');
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('decodeText: Latin-1 fallback', () => {
  // "Renée à Genève: 5 £" in ISO-8859-1 bytes (é = E9, à = E0, è = E8, £ = A3) – invalid as UTF-8.
  const latin1 = bytes(
    0x52,
    0x65,
    0x6e,
    0xe9,
    0x65,
    0x20,
    0xe0,
    0x20,
    0x47,
    0x65,
    0x6e,
    0xe8,
    0x76,
    0x65,
    0x3a,
    0x20,
    0x35,
    0x20,
    0xa3,
  );

  it('decodes the bytes to the right accented letters', () => {
    expect(decodedText(latin1)).toBe('Renée à Genève: 5 £');
  });

  it('never produces U+FFFD for Latin-1 letters', () => {
    expect(decodedText(bytes(0xc7, 0x61, 0x20, 0x76, 0x61, 0x20, 0xab, 0xf1, 0xbb))).toBe('Ça va «ñ»');
  });

  it('warns that the file is not UTF-8 and was decoded as Latin-1', () => {
    const result = decodeText(latin1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe('latin1');
    expect(result.warnings[0]?.message).toMatch(/not valid UTF-8/i);
    expect(result.warnings[0]?.message).toMatch(/Latin-1/);
  });

  // Regression (bug found by this test, fixed in 46e6869) (runtime-dependent): the fallback relied on `new TextDecoder('windows-1252')`, which on Node
  // 20.18.3+ (this project's Node 20) decodes bytes 0x80-0x9F as C1 control characters (U+0080-U+009F),
  // like ISO-8859-1, instead of Windows-1252's € ‘ ’ “ ” – — (nodejs/node#60888, #56542). Curly quotes and
  // dashes of a Windows-1252 file silently became invisible control characters.
  it('decodes the Windows-1252 punctuation bytes 0x80-0x9F to € ‘ ’ “ ” – —', () => {
    // “Oui” – 5 € ‘ok’ — in Windows-1252
    const cp1252 = bytes(
      0x93,
      0x4f,
      0x75,
      0x69,
      0x94,
      0x20,
      0x96,
      0x20,
      0x35,
      0x20,
      0x80,
      0x20,
      0x91,
      0x6f,
      0x6b,
      0x92,
      0x20,
      0x97,
      0xe9,
    );
    expect(decodedText(cp1252)).toBe('“Oui” – 5 € ‘ok’ —é');
  });

  it('also normalises CRLF in a Latin-1 file', () => {
    expect(decodedText(bytes(0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x0d, 0x0a, 0x74, 0x68, 0xe9))).toBe('café\n\nthé');
  });
});

describe('decodeText: binary files', () => {
  it('rejects PNG bytes as binary', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
    const result = decodeText(png);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/binary/i);
  });

  it('rejects a PNG signature even without any NUL byte', () => {
    const result = decodeText(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...utf8(' looks like text after the signature')]),
    );
    expect(!result.ok && result.error).toMatch(/binary/i);
  });

  it('rejects text with a NUL byte in it as binary', () => {
    const result = decodeText(new Uint8Array([...utf8('Harmless words'), 0x00, ...utf8('more words')]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/binary/i);
  });

  it('rejects bytes that are mostly control characters', () => {
    const result = decodeText(bytes(0x01, 0x02, 0x03, 0x04, 0x41, 0x42, 0x05, 0x06, 0x07, 0x08));
    expect(!result.ok && result.error).toMatch(/binary/i);
  });

  it('accepts well-formed UTF-8 with a few stray control characters (under one in twenty)', () => {
    const text = `Caf\u00e9 \u201cmenu\u201d\u0007 for the week, printed on ${'a'.repeat(60)}\u0001`;
    expect(decodedText(utf8(text))).toBe(text);
  });

  it('rejects well-formed UTF-8 that is mostly control characters', () => {
    const result = decodeText(utf8('\u00e9\u0001\u0002\u0003\u0004ab\u0005\u0006'));
    expect(!result.ok && result.error).toMatch(/binary/i);
  });

  it('accepts text with tabs and form feeds (ordinary control characters)', () => {
    expect(decodedText(utf8('Col A\tCol B\n\fNext page.'))).toBe('Col A\tCol B\n\fNext page.');
  });
});

describe('decodeText: empty files', () => {
  it('rejects a 0-byte file as an empty file', () => {
    const result = decodeText(new Uint8Array());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/empty file/i);
  });

  it.each([
    ['spaces and newlines', '   \n\n  \n'],
    ['tabs, CRLF and LF', '\t\r\n \r\n\t\n'],
    ['no-break space U+00A0', ' \u00a0 \n\u00a0'],
    ['ideographic space U+3000', '\u3000\n\u3000\u3000'],
    ['a BOM followed by spaces', '\ufeff   \n'],
    ['zero-width spaces', '\u200b \u200b\n'],
  ])('rejects whitespace only (%s) as an empty file', (_name, text) => {
    const result = decodeText(utf8(text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/empty file/i);
  });

  it('rejects Latin-1 whitespace only (a lone 0xA0 byte) as an empty file', () => {
    const result = decodeText(bytes(0x20, 0xa0, 0x0a));
    expect(!result.ok && result.error).toMatch(/empty file/i);
  });

  it('accepts a file with a single visible character among the whitespace', () => {
    expect(decodedText(utf8('\u3000 x \u00a0\n'))).toBe('\u3000 x \u00a0\n');
  });
});

describe('decodeText: damaged UTF-8', () => {
  it('warns when the text already holds U+FFFD replacement characters', () => {
    const result = decodeText(utf8('The mayor of M\ufffdlheim spoke.'));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('replacement-char');
  });
});

describe('decodeText: UTF-8 with a few broken bytes', () => {
  const curly = '“We will not move,” she said.\nLine two has “more” of them.\n“Third line,” he said.\n';

  it('replaces only a stray byte and keeps the curly quotes, warning with its line', () => {
    const good = utf8(curly);
    const nl = good.indexOf(0x0a);
    const input = new Uint8Array([...good.subarray(0, nl + 5), 0x97, ...good.subarray(nl + 5)]);
    const result = decodeText(input);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toBe(curly.replace('Line', 'Line\ufffd'));
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
    expect(result.warnings[0]?.message).toMatch(/One byte sequence is not valid UTF-8 \(line 2\)/);
  });

  it('reads a file cut off in the middle of a character as UTF-8', () => {
    const cut = utf8('“Plain words” and a final “');
    const result = decodeText(cut.subarray(0, cut.length - 1));
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toBe('“Plain words” and a final \ufffd');
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });

  it('names every line with a broken byte, and only those', () => {
    const lines = ['“One”', 'two \x01', '“three”', 'four \x01', 'five \x01'].map((l) => utf8(`${l}\r\n`));
    const input = new Uint8Array(lines.flatMap((l) => [...l].map((b) => (b === 0x01 ? 0xff : b))));
    const result = decodeText(input);
    expect(result.ok && result.warnings[0]?.message).toMatch(
      /3 byte sequences are not valid UTF-8 \(lines 2, 4 and 5\)/,
    );
  });

  it('does not claim that U+FFFD it put in were in the file already', () => {
    const result = decodeText(new Uint8Array([...utf8('“Zoë”'), 0xff]));
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });

  it('reads "Zoë" in Windows-1252 as Zoë, not as UTF-8 cut off after "Zo"', () => {
    expect(decodedText(bytes(0x5a, 0x6f, 0xeb))).toBe('Zoë');
  });

  it('keeps Windows-1252 for a file whose high bytes are all single characters', () => {
    // “Renée” in Windows-1252: 0x93 and 0x94 are the curly quotes, 0xE9 is é.
    const result = decodeText(bytes(0x93, 0x52, 0x65, 0x6e, 0xe9, 0x65, 0x94));
    expect(result.ok && result.text).toBe('“Renée”');
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['latin1']);
  });
});

describe('decodeText: UTF-16 with a byte-order mark', () => {
  const text = '“Grüß Gott,” said Zoë.\r\n\r\nSecond 東京 🎉 paragraph.\r\n';
  const utf16 = (s: string, littleEndian: boolean) => {
    const out = new Uint8Array(2 + s.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
    return out;
  };

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads %s UTF-16 instead of refusing it as binary', (_name, littleEndian) => {
    expect(decodeText(utf16(text, littleEndian))).toEqual({
      ok: true,
      text: '“Grüß Gott,” said Zoë.\n\nSecond 東京 🎉 paragraph.\n',
      warnings: [],
    });
  });

  it('still refuses binary data behind a UTF-16 byte-order mark', () => {
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00]));
    expect(!result.ok && result.error).toMatch(/binary|UTF-32/);
  });

  it('refuses UTF-32 with a message saying what to do', () => {
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    expect(!result.ok && result.error).toMatch(/UTF-32.*UTF-8/);
  });
});

describe('decodeText: U+FEFF inside the text', () => {
  it('removes a byte-order mark left where two files were joined, and says on which line', () => {
    const result = decodeText(utf8('\ufeffFirst file.\n\n\ufeffSecond file, Pu\ufefftin said.\n'));
    expect(result).toEqual({
      ok: true,
      text: 'First file.\n\nSecond file, Putin said.\n',
      warnings: [
        { code: 'stray-bom', message: 'An invisible byte-order mark (U+FEFF) inside the text was removed (line 3).' },
      ],
    });
  });
});
