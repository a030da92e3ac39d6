/** Paragraphs are separated by blank lines; a single line break inside one is just a space. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t\u00a0\u3000\u200b]*\n/)
    .map((p) => p.replace(/[ \t\u00a0\u3000\u200b]*\n[ \t\u00a0\u3000\u200b]*/g, ' ').replace(/^[\s\u200b]+|[\s\u200b]+$/gu, ''))
    .filter((p) => p.length > 0);
}
