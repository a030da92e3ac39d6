import { Pager } from '../../../components/pager';
import { QuoteRefItem } from '../../../components/quote-ref-item';
import { paths } from '../../../lib/paths';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useSpeakerPage } from '../api/get-speaker-page';

const pageHref = (id: string, page: number) => `${paths.speaker.href(id)}${page > 0 ? `?page=${page + 1}` : ''}`;

const KIND = { person: 'Person', organisation: 'Organisation', unnamed: 'Unnamed source' } as const;

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
      <Pager
        label="Quote pages"
        page={page}
        pages={pages}
        href={(p) => pageHref(speaker.id, p)}
        previousText="Newer quotes"
        nextText="Older quotes"
      />
    </main>
  );
}
