/** "1 quote", "2 quotes", "1,200 articles": a count with its noun (regular English plurals only). */
export function plural(n: number, one: string): string {
  return `${groupThousands(n)} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * A whole count with en-US thousands commas, written out: the first Intl formatter a page makes
 * (which `toLocaleString` is) loads the locale's data, tens of milliseconds in the middle of
 * hydrating a reader page. Anything but a whole count goes to Intl as before.
 */
function groupThousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
