import { Link } from 'react-router';
import { QuoteRefItem } from '../../../components/quote-ref-item';
import { paths } from '../../../lib/paths';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useSpeakerPage } from '../api/get-speaker-page';

const pageHref = (id: string, page: number) => `${paths.speaker.href(id)}${page > 0 ? `?page=${page + 1}` : ''}`;

const KIND = { person: 'Person', organisation: 'Organisation', unnamed: 'Unnamed source' } as const;
const LINK =
  'inline-flex min-h-11 items-center rounded-md border border-gray-300 px-3 hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800';

/** `/speakers/:id`: every quote by one person or body across the library, newest first. */
export function SpeakerPage({ speakerId, page }: { speakerId: string; page: number }) {
  useScrollMemory();
  const { data } = useSpeakerPage(speakerId, page);
  const { speaker, total, pages, quotes } = data;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <title>{`${speaker.name} · Verbatim`}</title>
      <p className="text-sm font-medium uppercase tracking-wide text-gray-700 dark:text-gray-300">
        {KIND[speaker.kind]}
      </p>
      <h1 className="font-serif text-4xl font-bold tracking-tight [overflow-wrap:anywhere]">{speaker.name}</h1>
      {speaker.role && <p className="mt-1 text-lg text-gray-800 dark:text-gray-200">{speaker.role}</p>}
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        {total} quote{total === 1 ? '' : 's'} in {speaker.articleCount} article{speaker.articleCount === 1 ? '' : 's'}
        {speaker.handle && <> · @{speaker.handle}</>}
      </p>
      {speaker.aliases.length > 0 && (
        <p className="mt-1 text-sm text-gray-700 dark:text-gray-300 [overflow-wrap:anywhere]">
          Also named: {speaker.aliases.join(', ')}
        </p>
      )}
      {speaker.kind === 'unnamed' && (
        <p className="mt-3 text-sm text-gray-700 dark:text-gray-300">
          An unnamed source is known only by how articles describe it: two articles may mean different people.
        </p>
      )}
      <ol className="mt-8 space-y-8">
        {quotes.map((q) => (
          <li key={`${q.slug}/${q.quoteId}`}>
            <QuoteRefItem {...q} speakerId={speaker.id} speakerName={speaker.name} showSpeaker={false} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label="Quote pages" className="mt-8 flex items-center justify-between gap-4">
          {page > 0 ? (
            <Link className={LINK} to={pageHref(speaker.id, page - 1)}>
              ← Newer quotes
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm">
            Page {page + 1} of {pages}
          </span>
          {page < pages - 1 ? (
            <Link className={LINK} to={pageHref(speaker.id, page + 1)}>
              Older quotes →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </main>
  );
}
