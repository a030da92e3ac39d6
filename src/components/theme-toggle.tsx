import { useState, useSyncExternalStore } from 'react';

const KEY = 'verbatim-theme';

/** Switches light/dark and remembers the choice; index.html applies it before first paint. */
export function ThemeToggle({ className }: { className: string }) {
  // A prerendered page is built without a theme: hydration starts from "light" (the server's
  // answer) and React then reads the class index.html set, so the markup matches and nothing flashes.
  const initial = useSyncExternalStore(noSubscription, isDarkNow, () => false);
  const [chosen, setDark] = useState<boolean | null>(null);
  const dark = chosen ?? initial;
  const toggle = () => {
    const next = !dark;
    document.documentElement.classList.toggle('dark', next);
    try {
      localStorage.setItem(KEY, next ? 'dark' : 'light');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setDark(next);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className={className}
    >
      <span aria-hidden="true">{dark ? '☾ ' : '☀ '}</span>
      Dark theme
    </button>
  );
}

const noSubscription = () => () => {};
const isDarkNow = () => document.documentElement.classList.contains('dark');
