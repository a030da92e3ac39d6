/**
 * `npm run repairs -- [--corpus DIR]`: ingests a folder as the build does and prints every repair
 * with the words around it, by language, for a person to judge (the corpus has no gold repairs);
 * then how many spans in each language were read and how many repairs each got.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Article, Block } from '../ingest/schema';
import { loadSeeds } from './load-seeds';
import { PROJECT_ROOT } from './project-root';

const CONTEXT = 30;

function blockText(article: Article, block: Block | undefined): string {
  if (!block) return '';
  return block.type === 'tweet' ? (article.tweets[block.tweet]?.text ?? '') : block.text;
}

function languageOf(article: Article, blockIndex: number, start: number): string {
  const block = article.blocks[blockIndex];
  if (block?.type === 'tweet') return article.tweets[block.tweet]?.lang ?? '?';
  const quote = article.quotes.find((q) => q.spans.some((s) => s.block === blockIndex && s.start <= start && start < s.end) && q.lang && q.lang !== 'en');
  return quote?.lang ?? (block?.type === 'paragraph' ? (block.lang ?? article.language) : '?');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: resolve(PROJECT_ROOT, '../shared/corpus') } } });
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
  return 0;
}

process.exitCode = await main();
