import { useEffect } from 'react';
import { isTypingTarget } from '../../lib/keyboard';

export interface QuoteKeyHandlers {
  /** Enter on a focused quote. */
  open: (quoteId: string) => void;
  /** C on a focused quote. */
  copy: (quoteId: string) => void;
  /** Esc. */
  clear: () => void;
}

/** The quotes j/k walk through: the first run of each quote, skipping dimmed ones. */
function navigable(): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>('main [data-quote-id][data-first="true"]:not([data-dimmed])'),
  );
}

/** Moves focus to the next (+1) or previous (-1) quote from the focused one, or from the top. */
export function stepQuote(direction: 1 | -1): HTMLElement | null {
  const list = navigable();
  if (list.length === 0) return null;
  const id = document.activeElement?.closest('[data-quote-id]')?.getAttribute('data-quote-id');
  const i = id ? list.findIndex((el) => el.getAttribute('data-quote-id') === id) : -1;
  // From outside the walkable quotes, j starts at the first and k at the last.
  const next =
    list[i === -1 ? (direction === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + direction))];
  if (!next) return null;
  next.focus({ preventScroll: true });
  next.scrollIntoView({
    block: 'center',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  return next;
}

/** j/k next/previous quote, Enter opens the focused quote's link, C copies it, Esc clears the filter. */
export function useQuoteKeys({ open, copy, clear }: QuoteKeyHandlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        stepQuote(e.key === 'j' ? 1 : -1);
      } else if (e.key === 'Enter' || e.key === 'c') {
        const el = e.target instanceof HTMLElement && e.target.matches('[data-quote-id]') ? e.target : null;
        const id = el?.getAttribute('data-quote-id');
        if (id) {
          e.preventDefault();
          (e.key === 'c' ? copy : open)(id);
        }
      } else if (e.key === 'Escape') {
        clear();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, copy, clear]);
}
