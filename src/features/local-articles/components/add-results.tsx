import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import type { LocalOutcome } from '../ingest-local-files';

/** One line per file just added: the article it became, or why it could not be read (as the CLI says it). */
export function AddResults({ outcomes }: { outcomes: readonly LocalOutcome[] }) {
  const failed = outcomes.filter((o) => !o.ok).length;
  return (
    <section aria-label="Files just added" className="mt-3 text-sm">
      <p>
        {outcomes.length - failed} added{failed > 0 ? `, ${failed} could not be read` : ''}:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {outcomes.map((o, i) =>
          o.ok ? (
            <li key={i} data-outcome="ok">
              {o.source}: added as{' '}
              <Link to={paths.article.href(o.article.slug)} className="underline">
                {o.article.title}
              </Link>
              {o.article.warnings.length > 0 && ` (${o.article.warnings.map((w) => w.message).join('; ')})`}
            </li>
          ) : (
            <li key={i} data-outcome="failed" className="text-red-800 dark:text-red-300">
              {o.message}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
