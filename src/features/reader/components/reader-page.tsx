import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../lib/paths';
import { useArticle } from '../api/get-article';
import { buildReaderModel, speakerLabel } from '../reader-model';
import { useQuoteKeys } from '../use-quote-keys';
import { copyText } from '../../../lib/copy-text';
import { articleTitle, quoteTitle } from '../share/quote-title';
import { ArticleView } from './article-view';
import { QuoteDescriptions } from './quote-descriptions';
import { QuoteTooltip } from './quote-tooltip';
import { SpeakerDrawer } from './speaker-drawer';
import { SpeakerSidebar } from './speaker-sidebar';
import { StatusToast } from './status-toast';

/** The reader: the article with its quotes, the speaker filter from the URL, and an opened quote. */
export function ReaderPage({ slug, quoteId }: { slug: string; quoteId: string | null }) {
  const { data: article } = useArticle(slug);
  const model = useMemo(() => buildReaderModel(article), [article]);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Ids of speakers no longer in the article (an old shared link) are ignored, not a blank filter.
  const speakerKey = params.getAll('speaker').join('\n');
  const selected = useMemo(() => new Set(speakerKey.split('\n').filter((id) => model.speakers.has(id))), [speakerKey, model]);
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const mainRef = useRef<HTMLElement>(null);

  const announce = useCallback((text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(''), 5000);
  }, []);

  const setSpeakers = useCallback(
    (ids: string[]) => {
      const next = new URLSearchParams(params);
      next.delete('speaker');
      for (const id of ids) next.append('speaker', id);
      setParams(next, { preventScrollReset: true });
    },
    [params, setParams],
  );
  const toggle = (id: string) =>
    setSpeakers(selected.has(id) ? [...selected].filter((s) => s !== id) : [...selected, id]);
  const clear = useCallback(() => {
    if (selected.size > 0) setSpeakers([]);
  }, [selected, setSpeakers]);

  const onCopy = useCallback(
    (id: string) => {
      const url = new URL(paths.quote.href(slug, id), window.location.origin).href;
      copyText(url).then(
        () => announce('Link to the quote copied to the clipboard.'),
        () => announce(`Could not copy. The link is ${url}`),
      );
    },
    [slug, announce],
  );
  const open = useCallback((id: string) => navigate(paths.quote.href(slug, id, [...selected])), [navigate, slug, selected]);
  useQuoteKeys({ open, clear });

  const quote = quoteId ? model.quotes.get(quoteId) : undefined;
  useEffect(() => {
    if (!quote) return;
    const el = document.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(quote.id)}"][data-first="true"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    const who = speakerLabel(quote.speakerId ? model.speakers.get(quote.speakerId) : undefined);
    // Said after the focus moved (a DOM effect), so a screen reader hears it with the quote.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    announce(`Opened a quote by ${who}.`);
  }, [quote, model, announce]);

  return (
    <div className="mx-auto max-w-6xl px-4 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-12">
      <main id="main" ref={mainRef} tabIndex={-1} className="min-w-0 py-8 pb-24 lg:pb-12">
        <title>{quote ? quoteTitle(model.speakers.get(quote.speakerId ?? '')?.name ?? null, quote.text, article.title) : articleTitle(article.title)}</title>
        {quoteId && !quote && (
          <p role="alert" className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50">
            This quote is no longer in the article. It may have been edited since the link was shared.
          </p>
        )}
        <ArticleView ctx={{ model, selected, activeQuoteId: quote?.id ?? null, onCopy }} />
        <QuoteDescriptions model={model} />
        <QuoteTooltip model={model} container={mainRef} />
        <StatusToast message={message} />
      </main>
      <SpeakerDrawer count={article.speakers.length}>
        <SpeakerSidebar model={model} selected={selected} onToggle={toggle} onClear={clear} />
      </SpeakerDrawer>
    </div>
  );
}
