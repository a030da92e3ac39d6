/**
 * An article link made before its title changed: the slug's last segment comes from the file name
 * (src/lib/slug.ts), so the article is found under its new title by that segment. The server
 * answers such a link with a 301 to the new address, so it works without JavaScript too (the app
 * does the same on the not-found page, for a static host).
 */
import { readdirSync, statSync } from 'node:fs';
import { findMovedSlug } from '../lib/slug';

const ARTICLE_PATH = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/quotes\/[a-z0-9]+(?:-[a-z0-9]+)*)?\/?$/;

/** The path `pathname` moved to, given the slugs that exist now; null when it names no moved article. */
export function movedArticlePath(pathname: string, slugs: readonly string[]): string | null {
  const m = ARTICLE_PATH.exec(pathname);
  if (!m || slugs.includes(m[1]!)) return null;
  const moved = findMovedSlug(m[1]!, slugs);
  return moved ? `/articles/${moved}${m[2] ?? ''}` : null;
}

/** The prerendered articles' slugs (dist/articles), read again only when the folder changes. */
export function articleSlugs(articlesDir: string): () => string[] {
  let seen = -1;
  let slugs: string[] = [];
  return () => {
    let mtime: number;
    try {
      mtime = statSync(articlesDir).mtimeMs;
    } catch {
      return [];
    }
    if (mtime !== seen) {
      slugs = readdirSync(articlesDir);
      seen = mtime;
    }
    return slugs;
  };
}
