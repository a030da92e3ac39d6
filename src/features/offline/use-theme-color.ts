import { useEffect } from 'react';

const COLORS = { light: '#ffffff', dark: '#030712' };

/**
 * Keeps `<meta name="theme-color">` on the theme the page shows: index.html names one per
 * prefers-color-scheme, but the reader may have chosen the other theme with the toggle.
 */
export function useThemeColor(): void {
  useEffect(() => {
    const root = document.documentElement;
    const apply = () => {
      const color = root.classList.contains('dark') ? COLORS.dark : COLORS.light;
      for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) meta.content = color;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
}
