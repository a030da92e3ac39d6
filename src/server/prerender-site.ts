/**
 * Writes a real HTML page for every route of the built site — the library, each article, each
 * quote — at the path the route answers (`articles/<slug>/quotes/<id>/index.html`), so any static
 * host serves them as they are; plus `404.html`, the link-preview cards, `sitemap.xml` and
 * `robots.txt`. Articles are read and rendered one at a time from `dist/data`, so memory stays flat
 * however big the library is. Running it again after a re-ingest removes pages that no longer exist.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { PAGE_STATE_ID, serialisePageState } from '../app/page-state';
import { dataFiles } from '../ingest/library/data-files';
import { LibraryIndexSchema, LibraryPageSchema } from '../ingest/library/library-schema';
import { ArticleSchema, type Article } from '../ingest/schema';
import { formatDate } from '../lib/format-date';
import { cardPaths } from './card-paths';
import { loadEntryAfterPaint } from './entry-after-paint';
import { writeCard, type CardStats } from './cards/card-cache';
import type { CardContent } from './cards/card-layout';
import { articleMeta, headTags, libraryMeta, quoteMeta, type PageMeta } from './page-meta';
import { renderPage, type RenderedPage } from './render-page';

export interface PrerenderOptions {
  distDir: string;
  /** Absolute origin for canonical URLs, cards and the sitemap, e.g. https://verbatim.example. */
  siteUrl: string;
  cacheDir: string;
  log?: (line: string) => void;
  /**
   * False: the library and not-found pages only, no article or quote pages and no cards (the
   * library bench at 10,000 articles, where those would take an hour; article pages then 404 when
   * loaded directly but open from within the app).
   */
  articles?: boolean;
}

export interface PrerenderStats {
  pages: number;
  cards: CardStats;
  ms: number;
}

/** The built index.html, kept aside on the first run: later runs fill the same shell again. */
const SHELL_FILE = '.verbatim/shell.html';
/** A quote id or slug becomes a folder name: only the characters the ingester makes. */
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

export async function prerenderSite(options: PrerenderOptions): Promise<PrerenderStats> {
  const started = performance.now();
  const { distDir, siteUrl } = options;
  const log = options.log ?? (() => {});
  const shell = readShell(distDir);
  const readData = (file: string, what: string): unknown => {
    const path = join(distDir, 'data', file);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(
        `${path}: cannot read the ${what} (${error instanceof Error ? error.message : String(error)}); run the build first`,
      );
    }
  };
  const index = LibraryIndexSchema.parse(readData('index.json', 'library index'));
  const stats: PrerenderStats = { pages: 0, cards: { rendered: 0, cached: 0, renderMs: 0 }, ms: 0 };
  const sitemap = createWriteStream(join(distDir, 'sitemap.xml'));
  sitemap.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
  );

  const write = (meta: PageMeta, page: RenderedPage, file: string) => {
    const target = join(distDir, file);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, fillShell(shell, headTags(meta, siteUrl), page));
    stats.pages++;
    if (page.status === 200) sitemap.write(`  <url><loc>${escapeXml(new URL(meta.path, siteUrl).href)}</loc></url>\n`);
  };
  const card = (content: CardContent, path: string) =>
    writeCard(options.cacheDir, content, join(distDir, path), stats.cards);

  write(libraryMeta(index.total), await renderPage('/', { index }), 'index.html');
  await card(
    {
      text: 'News articles with their quotes highlighted and, where the text names one, their speaker.',
      speaker: null,
      role: null,
      articleTitle: 'Verbatim',
      date: null,
      isQuote: false,
    },
    cardPaths.site,
  );

  const kept = new Set<string>();
  // Every article, one page of the date-ordered list at a time (the index holds only the first).
  const pageCount = options.articles === false ? 0 : Math.ceil(index.total / index.pageSize);
  for (let n = 0; n < pageCount; n++) {
    const page =
      n === 0 ? index : LibraryPageSchema.parse(readData(dataFiles.libraryPage('date', n), `library page ${n}`));
    for (const summary of page.articles) {
      if (!SAFE_SEGMENT.test(summary.slug)) continue;
      kept.add(summary.slug);
      const article = ArticleSchema.parse(readData(`articles/${summary.slug}.json`, `article ${summary.slug}`));
      await prerenderArticle(distDir, article, write, card);
      log(`prerendered ${article.slug}: ${article.quotes.length + 1} pages`);
    }
  }
  if (options.articles !== false) {
    removeStale(join(distDir, 'articles'), kept);
    removeStale(join(distDir, 'cards'), kept, ['verbatim.png']);
  }

  const notFound = await renderPage('/404', {});
  write(
    {
      ...libraryMeta(0),
      title: 'Not found · Verbatim',
      description: 'This page does not exist.',
      path: '/404',
      image: null,
    },
    // No state: the browser renders the address afresh (an unknown article or speaker says so).
    { ...notFound, status: 404, state: null },
    '404.html',
  );

  sitemap.end('</urlset>\n');
  await new Promise<void>((resolve) => sitemap.on('close', () => resolve()));
  writeFileSync(
    join(distDir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', siteUrl).href}\n`,
  );
  stats.ms = performance.now() - started;
  return stats;
}

async function prerenderArticle(
  distDir: string,
  article: Article,
  write: (meta: PageMeta, page: RenderedPage, file: string) => void,
  card: (content: CardContent, path: string) => Promise<void>,
) {
  const base = `articles/${article.slug}`;
  const date = article.date ? formatDate(article.date, 'en-GB') : null;
  write(articleMeta(article), await renderPage(`/${base}`, { article }), `${base}/index.html`);
  const firstParagraph = article.blocks.find((b) => b.type === 'paragraph');
  const summary = article.standfirst ?? (firstParagraph?.type === 'paragraph' ? firstParagraph.text : '');
  await card(
    { text: summary || article.title, speaker: null, role: null, articleTitle: article.title, date, isQuote: false },
    cardPaths.article(article.slug),
  );

  const quotes = new Set<string>();
  for (const quote of article.quotes) {
    if (!SAFE_SEGMENT.test(quote.id)) continue;
    quotes.add(quote.id);
    write(
      quoteMeta(article, quote),
      await renderPage(`/${base}/quotes/${quote.id}`, { article }),
      `${base}/quotes/${quote.id}/index.html`,
    );
    const speaker = article.speakers.find((s) => s.id === quote.speakerId);
    await card(
      {
        text: quote.text,
        speaker: speaker?.name ?? null,
        role: speaker?.role ?? null,
        articleTitle: article.title,
        date,
        isQuote: true,
      },
      cardPaths.quote(article.slug, quote.id),
    );
  }
  removeStale(join(distDir, base, 'quotes'), quotes);
  removeStale(join(distDir, 'cards', article.slug), new Set([...quotes].map((id) => `${id}.png`)), ['article.png']);
}

function readShell(distDir: string): string {
  const saved = join(distDir, SHELL_FILE);
  if (existsSync(saved)) return readFileSync(saved, 'utf8');
  const built = readFileSync(join(distDir, 'index.html'), 'utf8');
  if (!built.includes('<div id="root"></div>'))
    throw new Error(`${join(distDir, 'index.html')}: no empty <div id="root"></div> to fill`);
  mkdirSync(join(saved, '..'), { recursive: true });
  writeFileSync(saved, built);
  return built;
}

/** The shell with the page's head tags in place of the default title and description. */
export function fillShell(shell: string, head: string, page: RenderedPage): string {
  // React 19 puts the <title> the components render first; the head tags say it already.
  const body = page.html.replace(/^(?:<title>[^<]*<\/title>|<meta [^>]*>|<link [^>]*>)+/, '');
  const state = page.state
    ? `<script type="application/json" id="${PAGE_STATE_ID}">${serialisePageState(page.state)}</script>`
    : '';
  return loadEntryAfterPaint(shell)
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace('</head>', `    ${head}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${body}</div>${state}`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Removes what `dir` holds beyond `keep`: the pages and cards of articles or quotes that are gone. */
function removeStale(dir: string, keep: Set<string>, always: string[] = []) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (!keep.has(name) && !always.includes(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
