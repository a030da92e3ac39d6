/** Shown while the first page's data and code arrive. */
export function LoadingPage() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-gray-700 dark:text-gray-300" aria-busy="true">
      <p role="status">Loading…</p>
    </main>
  );
}
