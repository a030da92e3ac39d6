import { useEffect, useState, type RefObject } from 'react';
import { quoteDescription, type ReaderModel } from '../reader-model';

interface Tip {
  text: string;
  x: number;
  y: number;
  below: boolean;
}

/**
 * The visible tooltip for the quote under the pointer or focus. Screen readers get the same words
 * from the aria-describedby descriptions; this is its sighted twin, dismissed by Esc.
 */
export function QuoteTooltip({ model, container }: { model: ReaderModel; container: RefObject<HTMLElement | null> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let current: Element | null = null;
    const place = () => {
      const quote = current && model.quotes.get(current.getAttribute('data-quote-id') ?? '');
      if (!current || !quote) return setTip(null);
      const rect = current.getClientRects()[0] ?? current.getBoundingClientRect();
      const below = rect.top < 64;
      setTip({ text: quoteDescription(model, quote), x: Math.max(8, rect.left), y: below ? rect.bottom + 6 : rect.top - 6, below });
    };
    const show = (e: Event) => {
      current = (e.target as Element | null)?.closest?.('[data-quote-id]') ?? null;
      if (current) place();
    };
    const hide = (e: Event) => {
      if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Escape') return;
      current = null;
      setTip(null);
    };
    // Follow the quote while the page scrolls (j/k scroll it into view).
    const follow = () => current && place();
    root.addEventListener('mouseover', show);
    root.addEventListener('focusin', show);
    root.addEventListener('mouseout', hide);
    root.addEventListener('focusout', hide);
    document.addEventListener('keydown', hide);
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      root.removeEventListener('mouseover', show);
      root.removeEventListener('focusin', show);
      root.removeEventListener('mouseout', hide);
      root.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', hide);
      window.removeEventListener('scroll', follow);
    };
  }, [model, container]);
  if (!tip) return null;
  return (
    <div
      role="tooltip"
      className="pointer-events-none fixed z-40 max-w-[min(24rem,calc(100vw-1rem))] rounded-md bg-gray-900 px-3 py-1.5 text-sm text-white shadow-lg dark:bg-gray-100 dark:text-gray-900"
      style={{ left: tip.x, top: tip.y, transform: tip.below ? undefined : 'translateY(-100%)' }}
    >
      {tip.text}
    </div>
  );
}
