/** The mark of the reader's own articles, as the library shows it. */
export function YoursBadge() {
  return (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      Yours
    </span>
  );
}
