/**
 * The one source of truth for Verbatim's JSON. The ingester builds values of these types, the
 * build validates them before writing, and the UI validates what it fetches with the same schemas.
 * `zod/mini` keeps the schema small in the browser bundle.
 */
import * as z from 'zod/mini';

/** A Twitter handle without the @, as Twitter allows them. */
export const HANDLE_PATTERN = /^[A-Za-z0-9_]{1,15}$/;

const index = z.int().check(z.nonnegative());
const isoDate = z.iso.date();

export const QuoteKindSchema = z.enum(['direct', 'unmarked', 'reported', 'tweet']);

/** Where a piece of text stands: `block` indexes `Article.blocks`, offsets are UTF-16 code units
 * into that block's text (a paragraph's `text`, or the tweet's `text` for a tweet block). */
export const SpanSchema = z.object({
  block: index,
  start: index,
  end: index,
});

export const TweetEntitySchema = z.object({
  type: z.enum(['hashtag', 'mention', 'url']),
  /** Offsets into the tweet's `text`. */
  start: index,
  end: index,
  /** The entity as written, e.g. `#SIFF22`, `@GruberPC`, `https://t.co/x`. */
  text: z.string(),
  /** Always an http(s) URL: the hashtag search, the account, or the link itself. */
  href: z.string().check(z.regex(/^https?:\/\//)),
});

export const TweetSchema = z.object({
  /** Stable id: derived from the handle and the words of the tweet. */
  id: z.string(),
  /** The words of the tweet, without the media link and the attribution line. */
  text: z.string(),
  /** The embed's media or status link, normalised to https; only Twitter/X hosts qualify. */
  link: z.nullable(z.string().check(z.regex(/^https:\/\//))),
  /** The link exactly as the article wrote it (kept so that no text is lost). */
  linkText: z.nullable(z.string()),
  displayName: z.string(),
  /** Null when the embed's handle is not a valid Twitter handle (a warning says so). */
  handle: z.nullable(z.string().check(z.regex(HANDLE_PATTERN))),
  /** The handle exactly as written between the parentheses. */
  handleText: z.string(),
  date: z.nullable(isoDate),
  /** The date exactly as written ("February 7, 2022"). */
  dateText: z.string(),
  /** BCP 47 language of the text when it can be told, e.g. `fr`. */
  lang: z.nullable(z.string()),
  entities: z.array(TweetEntitySchema),
  /** The speaker this tweet is attributed to. */
  speakerId: z.nullable(z.string()),
});

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  /** `standfirst` is the opening summary paragraph; `body` everything after the header. */
  role: z.enum(['standfirst', 'body']),
  text: z.string(),
  /** BCP 47 language of the paragraph, present only where it differs from the article's. */
  lang: z.optional(z.string()),
});

export const TweetBlockSchema = z.object({
  type: z.literal('tweet'),
  /** Index into `Article.tweets`. */
  tweet: index,
});

/** What a piece of page furniture is: a photo caption, a photo credit, a byline or agency line,
 * a share/navigation/advertising line, an editor's note, or the headline printed again as the
 * story's first paragraph (kept so no text is lost, not shown twice). */
export const FurnitureKindSchema = z.enum(['caption', 'credit', 'byline', 'navigation', 'note', 'headline']);

/** A line the news site put around the story (see layout/page-furniture.ts): kept as written, never
 * read for quotes, speakers or the title. */
export const FurnitureBlockSchema = z.object({
  type: z.literal('furniture'),
  kind: FurnitureKindSchema,
  text: z.string(),
});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, TweetBlockSchema, FurnitureBlockSchema]);

export const CueSchema = z.object({
  /** The words that introduce or close the speech, e.g. "he said", "according to". */
  text: z.string(),
  span: z.nullable(SpanSchema),
});

export const QuoteSchema = z.object({
  /** Stable across re-ingests: speaker + normalised words, never positions. */
  id: z.string(),
  speakerId: z.nullable(z.string()),
  kind: QuoteKindSchema,
  /** The quoted words, without the quotation marks around them. */
  text: z.string(),
  /** Where the words stand. A quote over several paragraphs has one span per paragraph. */
  spans: z.array(SpanSchema).check(z.minLength(1)),
  cue: z.nullable(CueSchema),
  /** BCP 47 language of the quoted words when they are long enough to tell (see detect-language.ts). */
  lang: z.optional(z.string()),
  /** Id of the tweet (in another language) that this quote gives in translation. */
  translationOf: z.optional(z.string()),
});

export const SpeakerSchema = z.object({
  /** Slug of the canonical name. */
  id: z.string(),
  /** The fullest form of the name the article uses. */
  name: z.string(),
  /** Other ways the article names them (short name, titled name, handle, role phrase). */
  aliases: z.array(z.string()),
  role: z.nullable(z.string()),
  handle: z.nullable(z.string()),
  /** `unnamed`: a source the text describes without naming ("police", "a spokesperson for the airline"). */
  kind: z.enum(['person', 'organisation', 'unnamed']),
  /** Quotes in the text (tweets not included). */
  quoteCount: index,
  tweetCount: index,
});

export const MentionSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.nullable(z.string()),
});

/** A word (or an elision) put back as it was before a pipeline deleted its accented letters; the
 * text itself is never changed (see repair/repair-article.ts). */
export const RepairSchema = z.object({
  /** Where the text as published stands: offsets into the block's text, like a quote's span. */
  block: index,
  start: index,
  end: index,
  /** The text as published, e.g. `rponse` or `d? Viter`. */
  original: z.string(),
  /** What it reads as once repaired, e.g. `réponse` or `d’éviter`. */
  repaired: z.string(),
});

export const WarningSchema = z.object({
  /** Machine-readable kind, e.g. `bad-date`, `latin1`, `malformed-embed`. */
  code: z.string(),
  /** A sentence a person understands. */
  message: z.string(),
});

export const ArticleSchema = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** The file name the article came from. */
  source: z.string(),
  title: z.string(),
  date: z.nullable(isoDate),
  author: z.nullable(z.string()),
  dateline: z.nullable(z.string()),
  standfirst: z.nullable(z.string()),
  /** "from our correspondent" and the like, as written. */
  correspondentNote: z.nullable(z.string()),
  /** BCP 47 language of the article body. */
  language: z.string(),
  blocks: z.array(BlockSchema),
  tweets: z.array(TweetSchema),
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSchema),
  mentions: z.array(MentionSchema),
  warnings: z.array(WarningSchema),
  /** Repairs to show over the text, in block and offset order; absent when none were looked for. */
  repairs: z.optional(z.array(RepairSchema)),
});

/** A file that could not become an article: listed so that nothing is lost silently. */
export const IngestFailureSchema = z.object({
  source: z.string(),
  message: z.string(),
});

// The library's own files (index, pages, speakers, search) are described in library/library-schema.ts,
// apart from this module so that a reader page's first visit does not download their schemas.

export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type TweetEntity = z.infer<typeof TweetEntitySchema>;
export type Tweet = z.infer<typeof TweetSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;
export type FurnitureBlock = z.infer<typeof FurnitureBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Repair = z.infer<typeof RepairSchema>;
export type IngestWarning = z.infer<typeof WarningSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type IngestFailure = z.infer<typeof IngestFailureSchema>;
