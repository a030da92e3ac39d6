/** Paragraphs are separated by blank lines; a single line break inside one is just a space. */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) paragraphs.push(lines.join(' '));
    lines = [];
  };
  for (const line of body.split('\n')) {
    // A line of nothing but spaces (no-break and ideographic ones too) ends a paragraph.
    const trimmed = line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, '');
    if (trimmed) lines.push(trimmed);
    else flush();
  }
  flush();
  return paragraphs;
}
