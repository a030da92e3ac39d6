/** Up to two capital letters for an avatar: first and last word of the name. */
export function initials(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/[\s_.-]+/u)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  return (letter(first) + (last ? letter(last) : '')).toUpperCase();
}
