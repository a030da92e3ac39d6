/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) in base 36: for ids, not security. */
export function shortHash(text: string, length = 6): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0').slice(-length);
}
