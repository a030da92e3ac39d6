/**
 * Our own good and hostile seed files (never copies of the shared corpus). Each hostile file has
 * the problem the shared `bad/EXPECT.md` describes, so the loader can be tested without it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const GOOD_FILES: Record<string, string> = {
  'good_harbour.txt': [
    ' date 2024-03-12 from Ines Carvalho',
    '',
    'PORTO – The new ferry terminal opened on Monday, two years late and eleven million euros over budget.',
    '',
    '“We finally have a roof over the passengers,” said harbour director Rui Salgado. He added that the old pier would close in June.',
  ].join('\n'),
  'good_library.txt': [
    ' date 2024-05-02 from Tomas Berg',
    '',
    'UPPSALA – The city library will stay open until midnight during the exam weeks, the council decided on Thursday.',
    '',
    '"Students asked for it for years," said councillor Maja Lind. "Now they have it."',
  ].join('\n'),
};

/** Bytes of the start of a real PNG: signature, IHDR chunk, NULs. */
const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x08, 0x00, 0x00, 0x00, 0x08, 0x08, 0x02, 0x00, 0x00, 0x00, 0x4b, 0x6d, 0x29, 0xdc, 0x00, 0x00, 0x00, 0x00, 0x49,
  0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

export const HOSTILE_FILES: Record<string, string | Uint8Array> = {
  'bad_empty.txt': '',
  'bad_whitespace.txt': ' \t \r\n\n\u00a0 \u3000\n  \t\n',
  'bad_binary.txt': PNG_BYTES,
  // ISO-8859-1 bytes: é, è, ç, «, » are single bytes that are not valid UTF-8.
  'bad_latin1.txt': Buffer.from(
    ' date 2024-02-06 from Loïc Dufrêne\n\nLYON – «Ça coûte très cher», a déclaré Mélanie Gérard, adjointe au maire.\n',
    'latin1',
  ),
  'bad_crlf_bom.txt':
    '\uFEFF date 2024-01-09 from Pia Olsen\r\n\r\nOSLO – The fjord ferry will run every hour from May.\r\n\r\n"We are ready," said transport chief Kari Holm.\r\n',
  'bad_impossible_date.txt':
    ' date 2023-02-29 from Marco Bellini\n\nTURIN – The tram strike ended at noon. "We got what we asked for," said union leader Sara Conti.\n',
  'bad_injection.txt': [
    ' date 2024-04-01 from <b>Eve Hacker</b>',
    '',
    'PARIS – Residents found <script>alert(1)</script> and <img src=x onerror=alert(1)> painted on the wall, and {{7*7}} and ${7*7} too.',
    '',
    '"Nobody should click <a href="javascript:alert(2)">this</a>," said police spokesman Paul Roux.',
    '',
    'Robert\'); DROP TABLE quotes; -- javascript:alert(1) – Mallory "><img src=x onerror=alert(1)> (@evil"><script>) April 1, 2024',
  ].join('\n'),
};

/** Writes the given files into `dir`; returns their names. */
export async function writeFixtures(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  await Promise.all(Object.entries(files).map(([name, content]) => writeFile(join(dir, name), content)));
  return Object.keys(files).sort();
}
