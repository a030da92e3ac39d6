/**
 * Human-readable lines about ingest outcomes, shared by the CLI and the Vite plugin so both
 * report a file the same way: one summary line, then one line per warning, each naming the file.
 * File names come from the file system, so every line is made terminal-safe (terminal-text.ts).
 */
import type { SeedOutcome } from './load-seeds';
import { terminalSafe } from './terminal-text';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `ok      a.txt: 3 quotes, 1 tweet, 0 warnings` or `FAILED  b.txt: reason`. */
export function outcomeSummaryLine(outcome: SeedOutcome): string {
  if (!outcome.ok) return terminalSafe(`FAILED  ${outcome.message}`);
  const { article } = outcome;
  return terminalSafe(
    `ok      ${outcome.source}: ${plural(article.quotes.length, 'quote')}, ${plural(article.tweets.length, 'tweet')}, ${plural(article.warnings.length, 'warning')}`,
  );
}

/** One line per warning, e.g. `  warning ${source} [latin1]: not UTF-8, decoded as Latin-1`. */
export function outcomeWarningLines(outcome: SeedOutcome): string[] {
  if (!outcome.ok) return [];
  return outcome.article.warnings.map((w) => terminalSafe(`  warning ${outcome.source} [${w.code}]: ${w.message}`));
}

/** `12 files: 10 ingested, 2 failed, 5 warnings`. */
export function totalsLine(outcomes: readonly SeedOutcome[]): string {
  const ok = outcomes.filter((o) => o.ok);
  const warnings = ok.reduce((n, o) => n + (o.ok ? o.article.warnings.length : 0), 0);
  return `${plural(outcomes.length, 'file')}: ${ok.length} ingested, ${outcomes.length - ok.length} failed, ${plural(warnings, 'warning')}`;
}
