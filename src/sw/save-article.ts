/**
 * Saving one article for offline reading: its data, its built page and the card images the page
 * names (og:image, twitter:image). Used when an article is read and when the reader saves one
 * from the library without opening it.
 */
import { OFFLINE_CACHES } from './offline-caches';

export const articleDataUrl = (slug: string) => `/data/articles/${encodeURIComponent(slug)}.json`;
export const articlePageUrl = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

const IMAGE_META = /<meta\b[^>]*\b(?:property|name)=["'](?:og:image|twitter:image)["'][^>]*>/gi;

/** Same-origin image URLs named in a page's meta tags. */
export function cardImageUrls(html: string, origin: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(IMAGE_META) ?? []) {
    const content = /\bcontent=["']([^"']+)["']/i.exec(tag)?.[1];
    if (!content) continue;
    try {
      const url = new URL(content.replace(/&amp;/g, '&'), origin);
      // Absolute URLs come from SITE_URL, which may name another host than this one: keep the path.
      urls.add(new URL(url.pathname + url.search, origin).href);
    } catch {
      // Not a URL: nothing to cache.
    }
  }
  return [...urls];
}

/** Caches the page and card images of an article whose data is already cached. */
export async function savePageAndCards(slug: string, origin: string): Promise<void> {
  const pageUrl = new URL(articlePageUrl(slug), origin).href;
  const pages = await caches.open(OFFLINE_CACHES.pages);
  const page = await fetch(pageUrl, { credentials: 'same-origin' });
  if (!page.ok || !(page.headers.get('content-type') ?? '').includes('text/html')) return;
  const html = await page.clone().text();
  await pages.put(pageUrl, page);
  const images = await caches.open(OFFLINE_CACHES.images);
  await Promise.all(
    cardImageUrls(html, origin).map(async (url) => {
      if (await images.match(url)) return;
      const response = await fetch(url);
      if (response.ok) await images.put(url, response);
    }),
  );
}

/** Saves an article for offline reading; throws with a reason when its data cannot be fetched. */
export async function saveArticle(slug: string, origin: string): Promise<void> {
  const dataUrl = new URL(articleDataUrl(slug), origin).href;
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`could not fetch ${articleDataUrl(slug)} (HTTP ${response.status})`);
  await (await caches.open(OFFLINE_CACHES.articles)).put(dataUrl, response);
  await savePageAndCards(slug, origin);
}
