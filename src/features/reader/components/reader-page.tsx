import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../lib/paths';
import { useArticle } from '../api/get-article';
import { buildReaderModel, speakerLabel } from '../reader-model';
import { useFirstInteraction } from '../use-first-interaction';
import { useHydrated } from '../use-hydrated';
import { useQuoteKeys } from '../use-quote-keys';
import { copyText } from '../../../lib/copy-text';
import { isLocalSlug, LOCAL_LINK_NOTE } from '../../../lib/local-slugs';
import { findMovedQuote } from '../find-moved-quote';
import { shareableQuoteUrl, WORDS_PARAM } from '../share/quote-link';
import { articleTitle, quoteTitle } from '../share/quote-title';
import { MovedQuoteNotice } from './moved-quote-notice';
import { DeepLinkCard } from './deep-link-card-lazy';
import { ArticleView } from './article-view';
import { QuoteDescriptions } from './quote-descriptions';
import { ReaderToolbar } from './reader-toolbar';
import { SpeakerSidebar } from './speaker-sidebar';
import { StatusToast } from './status-toast';

const SpeakerSheet = lazy(() => import('./speaker-sheet'));
const QuoteActions = lazy(() => import('./quote-actions'));

/** Scrolls the quote's first part to the middle of the screen and focuses it. */
function showQuoteInText(quoteId: string) {
  const el = document.querySelector<HTMLElement>(`main [data-quote-id="${CSS.escape(quoteId)}"][data-first="true"]`);
  el?.scrollIntoView({ block: 'center' });
  el?.focus({ preventScroll: true });
}

/** The reader: the article with its quotes, the speaker filter from the URL, and an opened quote. */
export function ReaderPage({ slug, quoteId }: { slug: string; quoteId: string | null }) {
  const { data: article } = useArticle(slug);
  const model = useMemo(() => buildReaderModel(article), [article]);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Ids of speakers no longer in the article (an old shared link) are ignored, not a blank filter.
  // A prerendered page has no filter (pages are built without a query): hydrate as built, then filter.
  const hydrated = useHydrated();
  const speakerKey = hydrated ? params.getAll('speaker').join('\n') : '';
  const selected = useMemo(
    () => new Set(speakerKey.split('\n').filter((id) => model.speakers.has(id))),
    [speakerKey, model],
  );
  const [message, setMessage] = useState('');
  const [sheetOpen, setSheetOpen] = useState(false);
  // A link opened from outside lands on a card at the top; a quote opened from within the article is scrolled to.
  const [landedQuoteId] = useState(quoteId);
  const timer = useRef<number | undefined>(undefined);
  const articleRef = useRef<HTMLElement>(null);
  const interacted = useFirstInteraction(articleRef);

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
      // One history entry for "filtered": Back leaves the filter, it does not replay each click.
      // Rendered in the click's own task (flushSync), not as a transition sliced among other tasks.
      setParams(next, { preventScrollReset: true, replace: params.has('speaker'), flushSync: true });
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
      const target = model.quotes.get(id);
      const url = target
        ? shareableQuoteUrl(window.location.origin, slug, target)
        : new URL(paths.quote.href(slug, id), window.location.origin).href;
      // A link to one of the reader's own articles opens only in this browser: say so with the copy.
      const note = isLocalSlug(slug) ? ` ${LOCAL_LINK_NOTE}` : '';
      copyText(url).then(
        () => announce(`Link to the quote copied to the clipboard.${note}`),
        () => announce(`Could not copy. The link is ${url}`),
      );
    },
    [slug, announce, model],
  );
  const open = useCallback(
    (id: string) => navigate(paths.quote.href(slug, id, [...selected])),
    [navigate, slug, selected],
  );
  useQuoteKeys({ open, copy: onCopy, clear });

  // A link whose quote changed since it was shared is re-found from its id and the words it carries.
  const oldWords = params.get(WORDS_PARAM);
  const lookup = useMemo(
    () => (quoteId ? findMovedQuote(model.order, quoteId, oldWords) : null),
    [model, quoteId, oldWords],
  );
  const quote = lookup && lookup.status !== 'gone' ? lookup.quote : undefined;
  useEffect(() => {
    if (!quote) return;
    if (quote.id !== landedQuoteId) showQuoteInText(quote.id);
    const who = speakerLabel(quote.speakerId ? model.speakers.get(quote.speakerId) : undefined);
    // Said after the focus moved (a DOM effect), so a screen reader hears it with the quote.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    announce(`Opened a quote by ${who}.`);
  }, [quote, model, announce, landedQuoteId]);

  const sidebar = <SpeakerSidebar model={model} selected={selected} onToggle={toggle} onClear={clear} />;
  return (
    <div className="mx-auto max-w-6xl pl-4 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-8 lg:px-4">
      {sheetOpen && (
        <Suspense>
          <SpeakerSheet onClose={() => setSheetOpen(false)}>{sidebar}</SpeakerSheet>
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className="min-w-0 py-6 lg:py-8">
        <title>
          {quote
            ? quoteTitle(model.speakers.get(quote.speakerId ?? '')?.name ?? null, quote.text, article.title)
            : articleTitle(article.title)}
        </title>
        {lookup && lookup.status !== 'found' && (
          <MovedQuoteNotice
            lookup={lookup}
            slug={slug}
            oldWords={oldWords}
            speakerName={(q) => speakerLabel(q.speakerId ? model.speakers.get(q.speakerId) : undefined)}
          />
        )}
        <ReaderToolbar
          speakerCount={article.speakers.length}
          onSpeakers={() => setSheetOpen(true)}
          repaired={!!article.repairs?.length}
        />
        {quote && quote.id === landedQuoteId && (
          <Suspense>
            <DeepLinkCard
              model={model}
              quote={quote}
              topHref={paths.article.href(slug, [...selected])}
              onShow={() => showQuoteInText(quote.id)}
            />
          </Suspense>
        )}
        <ArticleView ctx={{ model, selected, activeQuoteId: quote?.id ?? null }} articleRef={articleRef}>
          {interacted && (
            <Suspense>
              <QuoteActions model={model} container={articleRef} onCopy={onCopy} />
            </Suspense>
          )}
        </ArticleView>
        <QuoteDescriptions model={model} />
        <StatusToast message={message} />
      </main>
      <aside aria-label="Speakers" className="hidden lg:block lg:py-8">
        <div className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto">{sidebar}</div>
      </aside>
    </div>
  );
}
