/**
 * The article pipeline, top to bottom: bytes in, a validated `Article` out.
 * (Temporary skeleton: header, tweets and quotes arrive in the next commits.)
 */
import { ArticleSchema, type Article } from './schema';

export type IngestResult =
  | { ok: true; article: Article }
  | { ok: false; source: string; error: string };

/** Turns one file's bytes into an Article, or a per-file error that names the file and the problem. */
export function ingestArticle(source: string, bytes: Uint8Array): IngestResult {
  const text = new TextDecoder('utf-8').decode(bytes);
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const stem = source.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const article: Article = {
    slug: stem || 'article',
    source,
    title: (paragraphs[0] ?? source).slice(0, 90),
    date: null,
    author: null,
    dateline: null,
    standfirst: null,
    correspondentNote: null,
    language: 'en',
    blocks: paragraphs.map((p) => ({ type: 'paragraph', role: 'body', text: p })),
    tweets: [],
    quotes: [],
    speakers: [],
    mentions: [],
    warnings: [],
  };
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) return { ok: false, source, error: `${source}: ${parsed.error.message}` };
  return { ok: true, article: parsed.data };
}
