/**
 * `npm run repairs -- [--corpus DIR]`: ingests a folder as the build does and prints every repair
 * with the words around it, by language, for a person to judge (the corpus has no gold repairs);
 * then the count by language and what the repair costs: loading each dictionary and word frequency
 * list (once per process; time and heap) and repairing the articles (CPU time), next to ingesting them.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Article, Block } from '../ingest/schema';
import { ingestArticle } from '../ingest/ingest-article';
import { repairArticle, repairLanguages } from '../ingest/repair/repair-article';
import { DICTIONARY_LANGUAGES, loadSpeller, loadSpellers, loadWordRanks, loadWordRanksFor } from './load-spellers';
import { loadSeeds } from './load-seeds';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root';

const CONTEXT = 30;

function blockText(article: Article, block: Block | undefined): string {
  if (!block) return '';
  return block.type === 'tweet' ? (article.tweets[block.tweet]?.text ?? '') : block.text;
}

function languageOf(article: Article, blockIndex: number, start: number): string {
  const block = article.blocks[blockIndex];
  if (block?.type === 'tweet') return article.tweets[block.tweet]?.lang ?? '?';
  const quote = article.quotes.find(
    (q) =>
      q.spans.some((s) => s.block === blockIndex && s.start <= start && start < s.end) && q.lang && q.lang !== 'en',
  );
  return quote?.lang ?? (block?.type === 'paragraph' ? (block.lang ?? article.language) : '?');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string', default: resolve(PROJECT_ROOT, '../shared/corpus') } },
  });
  // Every dictionary first, each timed as a fresh build would pay it (once per process).
  const loads: string[] = [];
  for (const lang of DICTIONARY_LANGUAGES) {
    const t = performance.now();
    await loadSpeller(lang);
    loads.push(`${lang} ${(performance.now() - t).toFixed(0)} ms`);
  }
  // The word lists after the dictionaries, each timed and weighed (the heap it adds, after a
  // collection where node runs with --expose-gc) as a fresh build would pay it.
  const lists: string[] = [];
  for (const lang of DICTIONARY_LANGUAGES) {
    const heap = heapMb();
    const t = performance.now();
    await loadWordRanks(lang);
    lists.push(`${lang} ${(performance.now() - t).toFixed(0)} ms ${(heapMb() - heap).toFixed(1)} MB`);
  }
  const outcomes = await loadSeeds(resolve(values.corpus!));
  const byLang = new Map<string, number>();
  let total = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok || !outcome.article.repairs?.length) continue;
    const article = outcome.article;
    console.log(`\n${article.source}`);
    for (const r of article.repairs ?? []) {
      const text = blockText(article, article.blocks[r.block]);
      const lang = languageOf(article, r.block, r.start);
      const before = text.slice(Math.max(0, r.start - CONTEXT), r.start).replace(/\s+/g, ' ');
      const after = text.slice(r.end, r.end + CONTEXT).replace(/\s+/g, ' ');
      console.log(`  ${lang}  ${r.original} → ${r.repaired}    …${before}[${r.repaired}]${after}…`);
      byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
      total++;
    }
  }
  console.log(`\n${total} repairs in ${outcomes.length} files: ${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')}`);
  console.log(`dictionaries loaded in ${loads.join(', ')}`);
  console.log(`word lists loaded in ${lists.join(', ')}`);
  await reportCost(
    resolve(values.corpus!),
    outcomes.flatMap((o) => (o.ok ? [o.source] : [])),
  );
  return 0;
}

const cpuMs = () => process.cpuUsage().user / 1000;

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function reportCost(dir: string, sources: string[]): Promise<void> {
  const files = await Promise.all(sources.map(async (s) => ({ source: s, bytes: await readFile(join(dir, s)) })));
  let ingest = 0;
  let repair = 0;
  let bytes = 0;
  for (const { source, bytes: b } of files) {
    let t = cpuMs();
    const result = ingestArticle(source, b);
    ingest += cpuMs() - t;
    if (!result.ok) continue;
    bytes += b.length;
    const langs = repairLanguages(result.article);
    const [spellers, ranks] = [await loadSpellers(langs), await loadWordRanksFor(langs)];
    t = cpuMs();
    repairArticle(result.article, spellers, ranks);
    repair += cpuMs() - t;
  }
  console.log(
    `${files.length} files, ${(bytes / 1e6).toFixed(2)} MB: ingest ${ingest.toFixed(0)} ms, repairs ${repair.toFixed(0)} ms of CPU time (${((100 * repair) / ingest).toFixed(1)}% of the ingest)`,
  );
}

process.exitCode = await main();
