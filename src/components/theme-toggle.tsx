import { useState } from 'react';

const KEY = 'verbatim-theme';

/** Switches light/dark and remembers the choice; index.html applies it before first paint. */
export function ThemeToggle({ className }: { className: string }) {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains('dark'));
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
