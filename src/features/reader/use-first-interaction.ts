import { useEffect, useState, type RefObject } from 'react';

/** True once the pointer has been over, or focus inside, `container`: the cue to load what only interaction needs. */
export function useFirstInteraction(container: RefObject<HTMLElement | null>): boolean {
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    const root = container.current;
    if (!root || touched) return;
    const on = () => setTouched(true);
    root.addEventListener('pointerover', on, { once: true });
    root.addEventListener('focusin', on, { once: true });
    return () => {
      root.removeEventListener('pointerover', on);
      root.removeEventListener('focusin', on);
    };
  }, [container, touched]);
  return touched;
}
