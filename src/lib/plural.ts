/** "1 quote", "2 quotes", "1,200 articles": a count with its noun (regular English plurals only). */
export function plural(n: number, one: string): string {
  return `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;
}
