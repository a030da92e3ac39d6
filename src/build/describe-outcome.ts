/**
 * Human-readable lines about ingest outcomes, shared by the CLI and the Vite plugin so both
 * report a file the same way: one summary line, then one line per warning, each naming the file.
 * File names come from the file system, so every line is made terminal-safe (terminal-text.ts).
 * They read an `OutcomeReport`, which a full outcome and a cached digest both give.
 */
import type { IngestWarning } from '../ingest/schema';
import type { ArticleDigest } from './article-digest';
import type { SeedOutcome } from './load-seeds';
import { terminalSafe } from './terminal-text';
import { plural } from '../lib/plural';

/** What is reported about one file. */
export type OutcomeReport =
  | { source: string; ok: true; quotes: number; tweets: number; warnings: IngestWarning[] }
  | { source: string; ok: false; message: string };

/** The report of a full outcome (the article is not kept). */
export function reportOf(outcome: SeedOutcome | OutcomeReport): OutcomeReport {
  if (!outcome.ok || !('article' in outcome)) return outcome;
  const { source, article } = outcome;
  return { source, ok: true, quotes: article.quotes.length, tweets: article.tweets.length, warnings: article.warnings };
}

/** The report of an article known only by its digest (a cache hit). */
export function reportOfDigest(source: string, digest: ArticleDigest): OutcomeReport {
  return {
    source,
    ok: true,
    quotes: digest.quotes.length,
    tweets: digest.summary.tweetCount,
    warnings: digest.warnings,
  };
}

/** `ok      a.txt: 3 quotes, 1 tweet, 0 warnings` or `FAILED  b.txt: reason`. */
export function outcomeSummaryLine(outcome: SeedOutcome | OutcomeReport): string {
  const report = reportOf(outcome);
  if (!report.ok) return terminalSafe(`FAILED  ${report.message}`);
  return terminalSafe(
    `ok      ${report.source}: ${plural(report.quotes, 'quote')}, ${plural(report.tweets, 'tweet')}, ${plural(report.warnings.length, 'warning')}`,
  );
}

/** One line per warning, e.g. `  warning ${source} [latin1]: not UTF-8, decoded as Latin-1`. */
export function outcomeWarningLines(outcome: SeedOutcome | OutcomeReport): string[] {
  const report = reportOf(outcome);
  if (!report.ok) return [];
  return report.warnings.map((w) => terminalSafe(`  warning ${report.source} [${w.code}]: ${w.message}`));
}

/** `12 files: 10 ingested, 2 failed, 5 warnings`. */
export function totalsLine(outcomes: readonly (SeedOutcome | OutcomeReport)[]): string {
  const reports = outcomes.map(reportOf);
  const warnings = reports.reduce((n, o) => n + (o.ok ? o.warnings.length : 0), 0);
  return totalsLineOf({ files: reports.length, failed: reports.filter((o) => !o.ok).length, warnings });
}

/** The same line from counts (a build does not keep every file's report). */
export function totalsLineOf({ files, failed, warnings }: { files: number; failed: number; warnings: number }): string {
  return `${plural(files, 'file')}: ${files - failed} ingested, ${failed} failed, ${plural(warnings, 'warning')}`;
}
