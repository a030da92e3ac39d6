/** The last segment of a slug, derived from the file name: it survives a change of title. */
export function slugKey(slug: string): string {
  const i = slug.lastIndexOf('-');
  return i === -1 ? slug : slug.slice(i + 1);
}

/** The slug in `slugs` that names the same file as `slug` (same last segment), if any. */
export function findMovedSlug(slug: string, slugs: readonly string[]): string | null {
  const key = slugKey(slug);
  return slugs.find((s) => s !== slug && slugKey(s) === key) ?? null;
}
