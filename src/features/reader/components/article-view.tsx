import { memo, useMemo, type ReactNode, type Ref } from 'react';
import type { Article, Quote } from '../../../ingest/schema';
import { formatDate } from '../../../lib/format-date';
import { MarginMarks } from './margin-marks';
import { RepairedText } from './repaired-text';
import { QuoteTranslationNote, TweetTranslationNote } from './translation-link';
import { blockState, SegmentsView, type SegmentContext } from './segment-view';
import { TweetCard } from './tweet-card';

/** Title, byline, standfirst, then the body blocks in order, quotes marked where they stand. */
export function ArticleView({
  ctx,
  articleRef,
  children,
}: {
  ctx: SegmentContext;
  articleRef?: Ref<HTMLElement>;
  children?: ReactNode;
}) {
  const { article, segments } = ctx.model;
  // Quotes that give a tweet in translation, with the block of the tweet they give (per article).
  const translations = useMemo(() => translationsOf(article), [article]);
  const hasStandfirstBlock = article.blocks.some((b) => b.type === 'paragraph' && b.role === 'standfirst');
  return (
    <article
      ref={articleRef}
      lang={article.language}
      className="reader-text prose prose-gray font-serif dark:prose-invert"
    >
      <header className="not-prose mb-8">
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 font-sans text-base text-gray-700 dark:text-gray-300">
          {article.author && <span>By {article.author}</span>}
          {article.author && article.date && <span aria-hidden="true"> · </span>}
          {article.date && <time dateTime={article.date}>{formatDate(article.date)}</time>}
          {article.dateline && (
            <>
              {(article.author || article.date) && <span aria-hidden="true"> · </span>}
              <span className="font-semibold uppercase tracking-wide">{article.dateline}</span>
            </>
          )}
          {article.correspondentNote && <span className="block text-sm italic">{article.correspondentNote}</span>}
        </p>
      </header>
      {!hasStandfirstBlock && article.standfirst && <p className="lead">{article.standfirst}</p>}
      {article.blocks.map((_, i) => (
        <BodyBlock key={i} i={i} ctx={ctx} translations={translations} state={blockState(segments[i] ?? [], ctx)} />
      ))}
      {children}
    </article>
  );
}

interface Translation {
  quote: Quote;
  tweetId: string;
  /** The block of the quote's last run. */
  block: number;
  /** The block of the tweet it translates (-1: not in the article). */
  tweetAt: number;
}

function translationsOf(article: Article): Translation[] {
  const tweetBlock = (tweetId: string) =>
    article.blocks.findIndex((b) => b.type === 'tweet' && article.tweets[b.tweet]?.id === tweetId);
  return article.quotes.flatMap((q) =>
    q.translationOf
      ? [
          {
            quote: q,
            tweetId: q.translationOf,
            block: q.spans[q.spans.length - 1]!.block,
            tweetAt: tweetBlock(q.translationOf),
          },
        ]
      : [],
  );
}

interface BodyBlockProps {
  i: number;
  ctx: SegmentContext;
  translations: readonly Translation[];
  /** What of the filter and the opened quote this block shows (blockState): it re-renders only when that changes. */
  state: string;
}

/**
 * One body block. A speaker filter re-renders only the blocks whose quotes change look (their
 * `state`), not every paragraph of a long article: `ctx` is new on each filter, but the block
 * reads from it only what `state` sums up.
 */
const BodyBlock = memo(
  function BodyBlock({ i, ctx, translations }: BodyBlockProps) {
    const { article, segments } = ctx.model;
    const block = article.blocks[i]!;
    const segs = segments[i] ?? [];
    if (block.type === 'tweet') {
      const tweet = article.tweets[block.tweet];
      const translated = translations.find((t) => t.tweetId === tweet?.id);
      return tweet ? (
        <TweetCard
          key={i}
          tweet={tweet}
          segments={segs}
          ctx={ctx}
          repairs={article.repairs?.filter((r) => r.block === i) ?? []}
        >
          {translated && (
            <TweetTranslationNote quoteId={translated.quote.id} tweetId={tweet.id} quoteAbove={translated.block < i} />
          )}
        </TweetCard>
      ) : null;
    }
    // Page furniture: captions, credits and bylines quietly, as captions; share and navigation lines not at all.
    if (block.type === 'furniture') {
      return block.kind === 'navigation' || block.kind === 'headline' ? null : (
        <p
          key={i}
          data-block={i}
          data-furniture={block.kind}
          className="font-sans text-sm text-gray-600 dark:text-gray-400"
        >
          {block.text}
        </p>
      );
    }
    // The margin marks stand beside the paragraph, not in it: the paragraph holds only its words.
    const repairs = article.repairs?.filter((r) => r.block === i) ?? [];
    return (
      <div key={i} className="para">
        <p data-block={i} lang={block.lang} className={block.role === 'standfirst' ? 'lead' : undefined}>
          <SegmentsView
            segments={segs}
            ctx={ctx}
            renderText={(from, _to, text) => <RepairedText text={text} from={from} repairs={repairs} />}
          />
        </p>
        {translations
          .filter((t) => t.block === i)
          .map((t) => (
            <QuoteTranslationNote
              key={t.quote.id}
              quoteId={t.quote.id}
              tweetId={t.tweetId}
              tweetBelow={t.tweetAt > i}
            />
          ))}
        <MarginMarks model={ctx.model} speakerIds={ctx.model.marginSpeakers[i] ?? []} />
      </div>
    );
  },
  (a, b) => a.i === b.i && a.state === b.state && a.translations === b.translations && a.ctx.model === b.ctx.model,
);
