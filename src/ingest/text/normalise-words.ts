/** Lower-case words joined by single spaces: punctuation, accents and spacing do not change it. */
export function normaliseWords(text: string): string {
  // ASCII text needs no Unicode normalisation, and that is most text.
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}
