/**
 * The library's data files: everything under /data/ but the articles themselves (schema.ts). Kept
 * apart from schema.ts so that a reader page's first visit does not download these schemas; the
 * summary is still derived from the article schema.
 */
import * as z from 'zod/mini';
import { ArticleSchema, IngestFailureSchema, QuoteKindSchema, SpeakerSchema } from '../schema';

const index = z.int().check(z.nonnegative());
const isoDate = z.iso.date();

/** The library's view of an article: its header fields picked from the article schema, and counts. */
const article = ArticleSchema.shape;
const speaker = SpeakerSchema.shape;

// Fields taken from the article and speaker schemas by name (their `.shape`), rather than with
// z.pick/z.extend, whose code would land in every first visit's bundle for this one use.
export const ArticleSummarySchema = z.object({
  slug: article.slug,
  source: article.source,
  title: article.title,
  date: article.date,
  author: article.author,
  dateline: article.dateline,
  /** Who speaks in it, in the article's order (id links to `/speakers/<id>`). */
  speakers: z.array(z.object({ id: speaker.id, name: speaker.name, kind: speaker.kind })),
  /** Quotes in the text (tweets not included). */
  quoteCount: index,
  tweetCount: index,
  warningCount: index,
});

/*
 * The library's data files, all under `/data/` (paths built by `library/data-files.ts`). No file
 * grows with the library except by a few bytes per year or per page of 50 articles:
 *
 *   index.json                  LibraryIndex: counts, the first page of summaries, years, failures
 *   library/<order>/<n>.json    LibraryPage: PAGE_SIZE summaries, order `date` (newest first) or `title`
 *   articles/<slug>.json        Article
 *   speakers/<id>/<n>.json      SpeakerPage: one identity, PAGE_SIZE of its quotes, newest first
 *   search/docs/<n>.json        SearchDocs: up to SEARCH_DOCS_PER_FILE documents (article titles and quotes)
 *   slugs/<n>.json              SlugMap: a slug's last segment → the slugs that end with it
 *   search/terms/<n>.json       SearchTerms: posting lists of one window's keys whose hash falls in bucket n
 *
 * Search documents are numbered in the library's date order (newest first, undated last, then by
 * title), so "newest first" is id order and a date range is an id range (`years[].firstDoc`). The
 * articles are cut into windows of ARTICLES_PER_SEARCH_WINDOW; window w numbers its documents from
 * `w * SEARCH_WINDOW` (ids leave gaps, so an edit renumbers nothing outside its window). A term's
 * postings in window w are stored under `term|w` in file `termsFileOf(term, w, buckets)`: a common
 * word is many small entries spread over files, never one big one.
 */

/** One year of the library in date order (`year` null: undated), with where it starts. */
export const LibraryYearSchema = z.object({
  year: z.nullable(z.string()),
  articles: index,
  /** Position of its first article in date order (its page is `floor(firstArticle / pageSize)`). */
  firstArticle: index,
  /** Id of its first search document. */
  firstDoc: index,
});

export const LibraryIndexSchema = z.object({
  /** Articles in the library (all of them; `articles` holds only the first page). */
  total: index,
  /** Quotes across the library (tweets not included). */
  quoteTotal: index,
  pageSize: index,
  /** The first page in date order, newest first: the same as `library/date/0.json`. */
  articles: z.array(ArticleSummarySchema),
  /** Newest first, undated last. */
  years: z.array(LibraryYearSchema),
  failures: z.array(IngestFailureSchema),
  search: z.object({
    /** End of the id range (ids leave gaps between windows); a document's file is `floor(id / docsPerFile)`. */
    docs: index,
    docsPerFile: index,
    /** Ids per posting window. */
    window: index,
    /** Term files per window (a power of two). */
    buckets: index,
  }),
});

/** One page of summaries in one order. */
export const LibraryPageSchema = z.object({
  articles: z.array(ArticleSummarySchema),
});

/** One quote as listed away from its article: on a speaker page or as a search hit. */
export const QuoteRefSchema = z.object({
  quoteId: z.string(),
  slug: z.string(),
  title: z.string(),
  date: z.nullable(isoDate),
  kind: QuoteKindSchema,
  text: z.string(),
  /** The words that introduce it ("she told reporters"), for context. */
  cue: z.nullable(z.string()),
});

/** One person or body across the library: the same speaker id in two articles is one identity. */
export const LibrarySpeakerSchema = z.object({
  id: speaker.id,
  /** The fullest name any article uses. */
  name: speaker.name,
  /** Every other form the articles use, longest first. */
  aliases: speaker.aliases,
  /** The role the newest article gives, if any. */
  role: speaker.role,
  handle: speaker.handle,
  kind: speaker.kind,
  /** Articles that quote them. */
  articleCount: index,
});

/** `slugs/<n>.json`: a slug's last segment → the slugs that end with it (see SLUGS_PER_FILE). */
export const SlugMapSchema = z.object({ slugs: z.record(z.string(), z.array(z.string())) });

export const SpeakerPageSchema = z.object({
  speaker: LibrarySpeakerSchema,
  /** Their quotes in all (tweets included), and how many pages hold them. */
  total: index,
  pages: index,
  quotes: z.array(QuoteRefSchema),
});

/** A search document: an article (found by its title) or one of its quotes. */
export const SearchDocSchema = z.object({
  slug: z.string(),
  title: z.string(),
  date: z.nullable(isoDate),
  /** Null for the article's own document. */
  quoteId: z.nullable(z.string()),
  speakerId: z.nullable(z.string()),
  speakerName: z.nullable(z.string()),
  kind: z.nullable(QuoteKindSchema),
  text: z.string(),
  cue: z.nullable(z.string()),
});

export const SearchDocsSchema = z.object({
  /** Id of `docs[0]`. */
  first: index,
  docs: z.array(SearchDocSchema),
});

/** One term's ids in one window, as gaps from the window's start. */
export const PostingListSchema = z.array(index);

/** Posting lists: `keys[i]` (`term|window`) has the ids `gaps[i]`, as gaps from the window's start. */
export const SearchTermsSchema = z.object({
  keys: z.array(z.string()),
  gaps: z.array(PostingListSchema),
});

export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type LibraryIndex = z.infer<typeof LibraryIndexSchema>;
export type LibraryYear = z.infer<typeof LibraryYearSchema>;
export type LibraryPage = z.infer<typeof LibraryPageSchema>;
export type QuoteRef = z.infer<typeof QuoteRefSchema>;
export type LibrarySpeaker = z.infer<typeof LibrarySpeakerSchema>;
export type SpeakerPage = z.infer<typeof SpeakerPageSchema>;
export type SearchDoc = z.infer<typeof SearchDocSchema>;
export type SearchDocs = z.infer<typeof SearchDocsSchema>;
export type SearchTerms = z.infer<typeof SearchTermsSchema>;
