import type { IngestFailure } from '../../../ingest/schema';

/** Files that could not become articles, listed quietly so nothing is lost without a word. */
export function IngestFailures({ failures }: { failures: readonly IngestFailure[] }) {
  if (failures.length === 0) return null;
  const n = failures.length;
  return (
    <section
      aria-label="Files that could not be read"
      className="mt-10 border-t border-gray-200 pt-4 text-sm text-gray-700 dark:border-gray-800 dark:text-gray-300"
    >
      {n === 1 ? (
        <p>
          1 file could not be read: {failures[0]!.source} — {failures[0]!.message}
        </p>
      ) : (
        <>
          <p>{n} files could not be read:</p>
          <ul className="mt-1 list-disc pl-5">
            {failures.map((f) => (
              <li key={f.source}>
                {f.source} — {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
