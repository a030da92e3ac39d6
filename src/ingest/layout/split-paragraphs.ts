const SPACE = /[\s\u200b]/u;
const isSpace = (ch: string) => ch === ' ' || (ch > '~' || ch < '!' ? SPACE.test(ch) : false);

/** A line without the spaces around it (no-break, ideographic and zero-width ones too). */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line[start]!)) start++;
  while (end > start && isSpace(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/** Paragraphs are separated by blank lines; a single line break inside one is just a space. */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of body.split('\n')) {
    // A line of nothing but spaces (no-break and ideographic ones too) ends a paragraph.
    const trimmed = trimSpaces(line);
    if (trimmed) lines.push(trimmed);
    else if (lines.length) {
      paragraphs.push(lines.join(' '));
      lines = [];
    }
  }
  if (lines.length) paragraphs.push(lines.join(' '));
  return paragraphs;
}
