import { expect, it } from 'vitest';
import { terminalSafe } from './terminal-text';

it('writes newlines, escape sequences and bidi overrides as visible escapes', () => {
  expect(terminalSafe('a\nFAILED  b.txt')).toBe('a\\nFAILED  b.txt');
  expect(terminalSafe('x\x1b[2J\x1b]8;;http://evil\x07y.txt')).toBe('x\\e[2J\\e]8;;http://evil\\u{07}y.txt');
  expect(terminalSafe('invoice\u202etxt.exe')).toBe('invoice\\u{202e}txt.exe');
  expect(terminalSafe('tab\there\r\x9b')).toBe('tab\\there\\r\\u{9b}');
});

it('leaves ordinary names alone, accents, spaces and emoji included', () => {
  expect(terminalSafe('Zoë – Łódź 東京 🎉 (1).txt')).toBe('Zoë – Łódź 東京 🎉 (1).txt');
});
