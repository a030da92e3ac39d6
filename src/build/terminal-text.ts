/**
 * Text for a terminal line. File names and the messages that quote them come from the file system,
 * where a name may hold a newline (a fake second line of output), an escape sequence (ESC [ 2 J
 * clears the screen, OSC 8 makes a link) or a bidi override that shows "txt.exe" as "exe.txt".
 * Those are written as visible escapes instead; everything else passes unchanged.
 */
// C0 controls (tab included), DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' };

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}
