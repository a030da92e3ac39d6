/** The library's two orders, shared by the build (which pages and numbers by them) and the app. */
import type { ArticleSummary } from './library-schema';

type Sortable = Pick<ArticleSummary, 'slug' | 'title' | 'date'>;

const byTitle = (a: Sortable, b: Sortable) =>
  a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Newest first; undated articles last; then by title. */
export function compareByDate(a: Sortable, b: Sortable): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byTitle(a, b);
}

/** A to Z by title, as English speakers sort (case and accents secondary). */
export function compareByTitle(a: Sortable, b: Sortable): number {
  return byTitle(a, b);
}
