/**
 * One test for many patterns: true when any of them matches. Patterns with the same flags are joined
 * into one alternation, so that a text none of them matches costs one `test` per set of flags rather
 * than one call per pattern (the call, not the failing match, was most of the page-furniture step).
 * Only for patterns anchored at the start, without back-references (their numbers would shift).
 */
export function patternUnion(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    if (!p.source.startsWith('^')) throw new Error(`patternUnion: /${p.source}/ is not anchored at the start`);
    if (/\\[1-9]|\\k</.test(p.source)) throw new Error(`patternUnion: /${p.source}/ has a back-reference`);
    // (A global or sticky pattern would carry lastIndex from one text to the next.)
    const flags = p.flags.replace(/[gy]/g, '');
    const list = byFlags.get(flags) ?? [];
    list.push(`(?:${p.source})`);
    byFlags.set(flags, list);
  }
  // The outer ^ makes each union anchored as a whole, so a failing text is read from its start only.
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(`^(?:${sources.join('|')})`, flags));
  // (A loop, not `some`: no closure per call on a test that runs for every paragraph.)
  return (text) => {
    for (const union of unions) if (union.test(text)) return true;
    return false;
  };
}
