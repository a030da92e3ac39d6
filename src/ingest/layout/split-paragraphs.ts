import { isJsSpace } from '../text/ascii-words';

/** `/[\s\u200b]/u` by code: white space, and the zero-width space. */
const isSpaceCode = (c: number) => isJsSpace(c) || c === 0x200b;

/** A line (`body[start, end)`) without the spaces around it (no-break, ideographic and zero-width ones too). */
function trimSpaces(body: string, start: number, end: number): string {
  while (start < end && isSpaceCode(body.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(body.charCodeAt(end - 1))) end--;
  return body.slice(start, end);
}

/** A paragraph's lines joined by spaces; most paragraphs are one line, kept as it is. */
const joinLines = (lines: string[]) => (lines.length === 1 ? lines[0]! : lines.join(' '));

/** Paragraphs are separated by blank lines; a single line break inside one is just a space. */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  // (Lines are read where they stand: no array of every line, no string per untrimmed line.)
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    // A line of nothing but spaces (no-break and ideographic ones too) ends a paragraph.
    const trimmed = trimSpaces(body, start, end);
    start = end + 1;
    if (trimmed) lines.push(trimmed);
    else if (lines.length) {
      paragraphs.push(joinLines(lines));
      lines = [];
    }
  }
  if (lines.length) paragraphs.push(joinLines(lines));
  return paragraphs;
}
