import { isJsSpace } from '../text/ascii-words';
import { isDateLine } from './page-furniture';

/** `/[\s\u200b]/u` by code: white space, and the zero-width space. */
const isSpaceCode = (c: number) => isJsSpace(c) || c === 0x200b;

/** A line (`body[start, end)`) without the spaces around it (no-break, ideographic and zero-width ones too). */
function trimSpaces(body: string, start: number, end: number): string {
  while (start < end && isSpaceCode(body.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(body.charCodeAt(end - 1))) end--;
  return body.slice(start, end);
}

// Text wrapped by hand or by a mail client breaks its lines before this width (72–80 columns); a
// longer line means the lines were not all wrapped.
const WRAP_WIDTH = 100;
const SHORT_LINE = 40;

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/** . ! ? and the closing quotation marks: where a sentence, and so a paragraph, may end. */
const endsSentence = (line: string) => /[.!?"”’»)]$/.test(line);
/** Opening quotation marks, bullets and dashes: how a new paragraph may open. */
const opensParagraph = (line: string) => /^["“‘«„•*–—-]/.test(line);
/**
 * How many curly or angle double quotation marks (“ „ «, closed by ” ») are open after `text`, given
 * `open` before it (a closing mark with none open counts for nothing). Counted line by line, so a
 * block of many lines is read once.
 */
function openQuotesAfter(text: string, open: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201e || c === 0xab) open++;
    else if ((c === 0x201d || c === 0xbb) && open > 0) open--;
  }
  return open;
}

/**
 * A block's lines as paragraphs. Lines all within the wrapping width were wrapped: one paragraph.
 * Pages copied from the web give one paragraph per line, no blank line between: where no line goes
 * on with a lower-case word, each line is a paragraph. A block with both (text wrapped by a PDF,
 * with some long lines) breaks only where a sentence ends, outside a quote, and the next line opens
 * as a paragraph does.
 */
function addBlock(paragraphs: string[], lines: string[]): void {
  if (lines.length === 1) paragraphs.push(lines[0]!);
  else if (!lines.some((line) => line.length > WRAP_WIDTH)) addShortLines(paragraphs, lines);
  // (One push per line: a spread of a block of 100,000 lines would overflow the call stack.)
  else if (!lines.some((line, i) => i > 0 && isLowerAscii(line.charCodeAt(0))))
    for (const line of lines) paragraphs.push(line);
  else {
    let current = lines[0]!;
    let open = openQuotesAfter(current, 0);
    for (let i = 1; i < lines.length; i++) {
      const next = lines[i]!;
      // (A short line is a heading, a byline or a paragraph's last line: wrapping leaves none mid-paragraph.
      // The paragraph so far ends as its last line does: that line is read, not the paragraph.)
      const breaks =
        !isLowerAscii(next.charCodeAt(0)) &&
        (lines[i - 1]!.length < SHORT_LINE || (endsSentence(lines[i - 1]!) && (opensParagraph(next) || open === 0)));
      if (breaks) {
        paragraphs.push(current);
        current = next;
        open = openQuotesAfter(next, 0);
      } else {
        current += ` ${next}`;
        open = openQuotesAfter(next, open);
      }
    }
    paragraphs.push(current);
  }
}

/**
 * A block of short lines is one paragraph wrapped (a headline over two lines), but for a date alone
 * on its line, which a page prints over or under a story's headline: it stands apart, so that it is
 * read as the date it is and the title is not "Friday, June 2 Follow Us:".
 */
function addShortLines(paragraphs: string[], lines: string[]): void {
  let run: string[] = [];
  for (const line of lines) {
    if (!isDateLine(line)) {
      run.push(line);
      continue;
    }
    if (run.length) paragraphs.push(run.join(' '));
    paragraphs.push(line);
    run = [];
  }
  if (run.length) paragraphs.push(run.join(' '));
}

/**
 * Paragraphs are separated by blank lines; a single line break inside one is just a space, unless
 * the block's lines were not wrapped (see addBlock).
 */
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
      addBlock(paragraphs, lines);
      lines = [];
    }
  }
  if (lines.length) addBlock(paragraphs, lines);
  return paragraphs;
}
