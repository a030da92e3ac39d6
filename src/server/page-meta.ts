/**
 * The head of each prerendered page: title, description, canonical URL, Open Graph and Twitter
 * card tags, all with absolute URLs built from the site's address. Pure: data in, HTML text out.
 */
import { articleTitle, quoteTitle } from '../features/reader/share/quote-title';
import type { Article, Quote } from '../ingest/schema';
import { paths } from '../lib/paths';
import { cardPaths } from './card-paths';

export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative path of the page. */
  path: string;
  type: 'website' | 'article';
  /** Site-relative path of the 1200×630 card, if the page has one. */
  image: string | null;
  publishedDate?: string | null;
  tags?: string[];
}

const DESCRIPTION_MAX = 200;

/** Attribute-safe text: article text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function clip(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function libraryMeta(articleCount: number): PageMeta {
  return {
    title: 'Library · Verbatim',
    description: `${articleCount} news articles with their quotes highlighted and, where the text names one, their speaker.`,
    path: paths.library.href(),
    type: 'website',
    image: cardPaths.site,
  };
}

export function articleMeta(article: Article): PageMeta {
  const firstParagraph = article.blocks.find((b) => b.type === 'paragraph');
  const speakers = article.speakers.filter((s) => s.kind !== 'unnamed').map((s) => s.name);
  return {
    title: articleTitle(article.title),
    description: clip(
      article.standfirst ?? (firstParagraph?.type === 'paragraph' ? firstParagraph.text : article.title),
    ),
    path: paths.article.href(article.slug),
    type: 'article',
    image: cardPaths.article(article.slug),
    publishedDate: article.date,
    tags: speakers.slice(0, 6),
  };
}

export function quoteMeta(article: Article, quote: Quote): PageMeta {
  const speaker = article.speakers.find((s) => s.id === quote.speakerId);
  const who = speaker ? (speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name) : 'Unattributed';
  return {
    title: quoteTitle(speaker?.name ?? null, quote.text, article.title),
    description: clip(`“${quote.text}” — ${who}`),
    path: paths.quote.href(article.slug, quote.id),
    type: 'article',
    image: cardPaths.quote(article.slug, quote.id),
    publishedDate: article.date,
    tags: speaker ? [speaker.name] : [],
  };
}

/** The tags that go in `<head>`, one per line. */
export function headTags(meta: PageMeta, siteUrl: string): string {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const tag = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(abs(meta.path))}" />`,
    tag('property', 'og:site_name', 'Verbatim'),
    tag('property', 'og:type', meta.type),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', abs(meta.path)),
    tag('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
  ];
  if (meta.image) {
    lines.push(
      tag('property', 'og:image', abs(meta.image)),
      tag('property', 'og:image:type', 'image/png'),
      tag('property', 'og:image:width', '1200'),
      tag('property', 'og:image:height', '630'),
      tag('name', 'twitter:image', abs(meta.image)),
    );
  }
  if (meta.publishedDate) lines.push(tag('property', 'article:published_time', meta.publishedDate));
  for (const t of meta.tags ?? []) lines.push(tag('property', 'article:tag', t));
  return lines.join('\n    ');
}
