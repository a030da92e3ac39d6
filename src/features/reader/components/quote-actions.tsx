import { useEffect, useState, type RefObject } from 'react';
import { Avatar } from '../../../components/avatar';
import { isLocalSlug } from '../../../lib/local-slugs';
import { avatarName, colorOf, speakerLabel, type ReaderModel } from '../reader-model';
import { CopyLinkButton } from './copy-link-button';

interface Shown {
  quoteId: string;
  /** From the top of the reading column to the quote's first line, in px. */
  top: number;
}

/**
 * The actions of the quote under the pointer or focus, in the margin beside its first line: who said
 * it (initials) and a copy-link button. They never stand in the text or over it; the keyboard has
 * C and Enter instead, so that each quote stays one tab stop. Loaded on the first interaction with
 * the text, so it starts from the quote already hovered or focused.
 */
export default function QuoteActions({
  model,
  container,
  onCopy,
}: {
  model: ReaderModel;
  container: RefObject<HTMLElement | null>;
  onCopy: (quoteId: string) => void;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let hovered: Element | null = root.querySelector('[data-quote-id]:hover');
    let focused: Element | null = document.activeElement?.closest('[data-quote-id]') ?? null;
    let hideTimer: number | undefined;
    let acting: Element | null = null;
    let lit: Element[] = [];
    const place = () => {
      const el = hovered ?? focused;
      const id = el?.getAttribute('data-quote-id');
      // The bar stands in for its paragraph's margin marks while it shows (index.css hides them).
      acting?.removeAttribute('data-acting');
      acting = el?.closest('.para') ?? null;
      acting?.setAttribute('data-acting', '');
      // Every part of a quote over several paragraphs lights up with the one under the pointer.
      for (const part of lit) part.removeAttribute('data-lit');
      lit = id ? [...root.querySelectorAll(`[data-quote-id="${CSS.escape(id)}"]`)] : [];
      for (const part of lit) part.setAttribute('data-lit', '');
      if (!el || !id) return setShown(null);
      const first = root.querySelector(`[data-quote-id="${CSS.escape(id)}"][data-first="true"]`) ?? el;
      const line = first.getClientRects()[0] ?? first.getBoundingClientRect();
      setShown({ quoteId: id, top: line.top - root.getBoundingClientRect().top });
    };
    const quoteOf = (e: Event) => (e.target as Element | null)?.closest?.('[data-quote-id]') ?? null;
    const inActions = (e: Event) =>
      !!(e as MouseEvent).relatedTarget &&
      !!((e as MouseEvent).relatedTarget as Element).closest?.('[data-quote-actions]');
    const over = (e: Event) => {
      if ((e.target as Element).closest?.('[data-quote-actions]')) return window.clearTimeout(hideTimer);
      const q = quoteOf(e);
      if (!q || q === hovered) return;
      window.clearTimeout(hideTimer);
      hovered = q;
      place();
    };
    const out = (e: Event) => {
      if (!quoteOf(e) && !(e.target as Element).closest?.('[data-quote-actions]')) return;
      if (inActions(e)) return;
      // A moment's grace, so that the pointer can travel from the words to the margin.
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => {
        hovered = null;
        place();
      }, 400);
    };
    const focusIn = (e: Event) => {
      const q = quoteOf(e);
      if (q) {
        focused = q;
        place();
      }
    };
    const focusOut = (e: Event) => {
      if (!quoteOf(e) || inActions(e)) return;
      focused = null;
      place();
    };
    place();
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    root.addEventListener('focusin', focusIn);
    root.addEventListener('focusout', focusOut);
    return () => {
      window.clearTimeout(hideTimer);
      acting?.removeAttribute('data-acting');
      for (const part of lit) part.removeAttribute('data-lit');
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
      root.removeEventListener('focusin', focusIn);
      root.removeEventListener('focusout', focusOut);
    };
  }, [model, container]);

  const quote = shown && model.quotes.get(shown.quoteId);
  if (!shown || !quote) return null;
  const speaker = quote.speakerId ? model.speakers.get(quote.speakerId) : undefined;
  const label = speakerLabel(speaker);
  return (
    <div
      data-quote-actions=""
      role="group"
      aria-label={`Quote by ${label}`}
      className="not-prose absolute right-0 flex w-11 flex-col items-center gap-1"
      style={{ top: shown.top }}
    >
      <Avatar
        name={avatarName(speaker?.name ?? '?')}
        className={`${colorOf(model, quote.speakerId)} size-7 text-[0.6875rem]`}
      />
      <CopyLinkButton speakerName={label} onClick={() => onCopy(quote.id)} local={isLocalSlug(model.article.slug)} />
    </div>
  );
}
