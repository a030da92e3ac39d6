import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Quote } from '../../../ingest/schema';
import { Avatar } from '../../../components/avatar';
import { formatDate } from '../../../lib/format-date';
import { avatarName, colorOf, type ReaderModel } from '../reader-model';
import { KIND_LABEL } from '../speaker-colors';
import { ShareQuoteMenu } from './share-quote-menu';

export interface DeepLinkCardProps {
  model: ReaderModel;
  quote: Quote;
  /** The article from its top, with the same speaker filter. */
  topHref: string;
  /** Scrolls to the quote in the text and focuses it. */
  onShow: () => void;
}

/**
 * Where a shared link lands: above the article, the quote, who said it and where, with the way into
 * the text. Loaded only for links to a quote.
 */
export default function DeepLinkCard({ model, quote, topHref, onShow }: DeepLinkCardProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), [quote.id]);
  const { article } = model;
  const speaker = quote.speakerId ? model.speakers.get(quote.speakerId) : undefined;
  const marked = quote.kind !== 'reported';
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-label="The quote you opened"
      data-deep-link-card=""
      className="mr-4 mb-10 max-w-[46rem] rounded-xl border border-gray-300 bg-gray-50 p-5 font-sans shadow-sm lg:mr-0 dark:border-gray-700 dark:bg-gray-900"
    >
      <figure>
        <blockquote lang={article.language} className="font-serif text-xl leading-relaxed wrap-anywhere">
          {marked ? `“${quote.text}”` : quote.text}
        </blockquote>
        <figcaption className="mt-4 flex items-center gap-3">
          <Avatar name={avatarName(speaker?.name ?? '?')} className={colorOf(model, quote.speakerId)} />
          <span className="min-w-0">
            <span className="block font-semibold first-letter:uppercase">{speaker?.name ?? 'Speaker unknown'}</span>
            <span className="block muted">
              {[speaker?.role, speaker?.kind === 'unnamed' ? 'unnamed source' : null, KIND_LABEL[quote.kind]]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </span>
        </figcaption>
      </figure>
      <p className="mt-4 muted">
        From <cite className="font-medium text-gray-900 not-italic dark:text-gray-100">{article.title}</cite>
        {article.date && (
          <>
            {', '}
            <time dateTime={article.date}>{formatDate(article.date)}</time>
          </>
        )}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onShow} className="toolbar-button bg-white dark:bg-gray-950">
          Show it in the article
        </button>
        <Link to={topHref} className="toolbar-button bg-white dark:bg-gray-950">
          Read from the top
        </Link>
        <ShareQuoteMenu model={model} quote={quote} />
      </div>
    </section>
  );
}
