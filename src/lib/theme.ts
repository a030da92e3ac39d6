/** The light or dark theme: a class on <html> (index.html sets it before the first paint) and a stored choice. */
export type Theme = 'light' | 'dark';

const KEY = 'verbatim-theme';

export const readTheme = (): Theme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');

export function writeTheme(theme: Theme): Theme {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  return theme;
}
