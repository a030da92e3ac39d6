/**
 * The slugs of the reader's own articles, mirrored in localStorage as one space-separated string, so
 * that a page can tell synchronously whether a slug is local, or whether there are any, before it
 * pays for IndexedDB. IndexedDB stays the truth; every write there rewrites this list.
 */
const KEY = 'verbatim-local-slugs';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Whether `slug` is one of the reader's own articles (slugs hold no spaces). */
export const isLocalSlug = (slug: string): boolean => ` ${read()} `.includes(` ${slug} `);

/** What a copied link to one of the reader's own articles is told with: it opens nowhere else. */
export const LOCAL_LINK_NOTE =
  'This article is yours: it exists only on this device, so the link opens only in this browser.';

export const hasLocalSlugs = (): boolean => read() !== '';

export function writeLocalSlugs(slugs: readonly string[]): void {
  try {
    if (slugs.length > 0) localStorage.setItem(KEY, slugs.join(' '));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or a full quota: the library lists them from IndexedDB all the same.
  }
}
