import { useEffect, useState } from 'react';
import type { Quote } from '../../../ingest/schema';
import { copyText } from '../../../lib/copy-text';
import { isLocalSlug, LOCAL_LINK_NOTE } from '../../../lib/local-slugs';
import type { ReaderModel } from '../reader-model';
import { formatQuote, SHARE_FORMATS, type CitableQuote, type ShareFormat } from '../share/quote-citation';
import { shareableQuoteUrl } from '../share/quote-link';

/**
 * "Copy as…": the quote as text with its attribution, Markdown or a citation, and the system share
 * sheet where the browser has one. Part of the card a shared link lands on.
 */
export function ShareQuoteMenu({ model, quote }: { model: ReaderModel; quote: Quote }) {
  const [said, setSaid] = useState('');
  // Known only in the browser: rendered after hydration so the prerendered HTML matches.
  const [canShare, setCanShare] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  const citable = (): CitableQuote => {
    const speaker = quote.speakerId ? model.speakers.get(quote.speakerId) : undefined;
    const { article } = model;
    return {
      text: quote.text,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      articleTitle: article.title,
      date: article.date,
      author: article.author,
      url: shareableQuoteUrl(window.location.origin, article.slug, quote),
    };
  };
  const copy = (format: ShareFormat, label: string) =>
    copyText(formatQuote(citable(), format)).then(
      () => setSaid(`Copied: ${label}.${isLocalSlug(model.article.slug) ? ` ${LOCAL_LINK_NOTE}` : ''}`),
      () => setSaid('Could not copy: the browser refused.'),
    );
  const share = () => {
    const q = citable();
    navigator
      .share({ title: q.articleTitle, text: formatQuote(q, 'text').replace(/ <[^>]+>$/, ''), url: q.url })
      .catch(() => {});
  };

  return (
    <details className="w-full">
      <summary className="toolbar-button inline-flex cursor-pointer bg-white dark:bg-gray-950">Copy as…</summary>
      <div className="mt-2 flex flex-wrap gap-2">
        {SHARE_FORMATS.map(([format, label]) => (
          <button
            key={format}
            type="button"
            onClick={() => void copy(format, label)}
            className="toolbar-button bg-white dark:bg-gray-950"
          >
            {label}
          </button>
        ))}
        {canShare && (
          <button type="button" onClick={share} className="toolbar-button bg-white dark:bg-gray-950">
            Share…
          </button>
        )}
      </div>
      <p role="status" className="mt-2 text-sm muted">
        {said}
      </p>
    </details>
  );
}
