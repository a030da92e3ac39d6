import { Link } from 'react-router';
import { Avatar } from '../../../components/avatar';
import { paths } from '../../../lib/paths';
import { colorOf, type ReaderModel } from '../reader-model';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const excerpt = (t: string) => (t.length > 90 ? `${t.slice(0, 88).trimEnd()}…` : t);

export interface SpeakerSidebarProps {
  model: ReaderModel;
  selected: ReadonlySet<string>;
  onToggle: (speakerId: string) => void;
  onClear: () => void;
}

/** Speakers with their counts; choosing one filters the article and lists their quotes. */
export function SpeakerSidebar({ model, selected, onToggle, onClear }: SpeakerSidebarProps) {
  const { article } = model;
  const chosen = article.speakers.filter((s) => selected.has(s.id));
  return (
    <div className="space-y-6">
      <section aria-labelledby="speakers-heading">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="speakers-heading" className="text-lg font-semibold">
            Speakers
          </h2>
          {selected.size > 0 && (
            <button type="button" onClick={onClear} className="text-sm font-medium text-sky-800 underline dark:text-sky-300">
              Show everyone
            </button>
          )}
        </div>
        {model.groups.map((g) => (
          <div key={g.kind} role="group" aria-labelledby={`group-${g.kind}`} className="mt-4">
            <h3 id={`group-${g.kind}`} className="text-sm font-semibold tracking-wide text-gray-700 uppercase dark:text-gray-300">
              {g.heading} ({g.speakers.length})
            </h3>
            {g.kind === 'unnamed' && (
              <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
                {g.quoteCount} of {plural(model.quoteCount, 'quote')} rest on unnamed sources.
              </p>
            )}
            <ul className="mt-1 space-y-1">
              {g.speakers.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    data-speaker-id={s.id}
                    aria-pressed={selected.has(s.id)}
                    onClick={() => onToggle(s.id)}
                    className="flex w-full items-center gap-3 rounded-lg border border-transparent p-2 text-left hover:bg-gray-100 aria-pressed:border-gray-400 aria-pressed:bg-gray-100 dark:hover:bg-gray-800 dark:aria-pressed:border-gray-500 dark:aria-pressed:bg-gray-800"
                  >
                    {/* "a spokesperson for the council" reads SC, not AC. */}
                    <Avatar name={s.name.replace(/^(an?|the) /i, '')} className={colorOf(model, s.id)} />
                    <span className="min-w-0">
                      <span className="block font-medium first-letter:uppercase">{s.name}</span>
                      {s.role && <span className="block text-sm text-gray-700 dark:text-gray-300">{s.role}</span>}
                      <span className="block text-sm text-gray-700 dark:text-gray-300">
                        {plural(s.quoteCount, 'quote')}
                        {s.tweetCount > 0 && ` · ${plural(s.tweetCount, 'tweet')}`}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {model.unattributed > 0 ? (
          <p className="mt-4 text-sm text-gray-700 dark:text-gray-300">
            {plural(model.unattributed, 'quote')} without a speaker (in grey).
          </p>
        ) : (
          article.speakers.length === 0 && <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">No speakers found in this article.</p>
        )}
      </section>
      {chosen.map((s) => (
        <nav key={s.id} aria-labelledby={`quotes-of-${s.id}`}>
          <h3 id={`quotes-of-${s.id}`} className="text-base font-semibold">
            Quotes by {s.name}
          </h3>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
            {model.order
              .filter((q) => q.speakerId === s.id)
              .map((q) => (
                <li key={q.id}>
                  <Link
                    to={paths.quote.href(article.slug, q.id, [...selected])}
                    className="text-gray-800 underline decoration-gray-400 underline-offset-2 hover:decoration-current dark:text-gray-200"
                  >
                    {excerpt(q.text)}
                  </Link>
                </li>
              ))}
          </ol>
        </nav>
      ))}
      {article.mentions.length > 0 && (
        <section aria-labelledby="mentions-heading" className="text-sm text-gray-700 dark:text-gray-300">
          <h2 id="mentions-heading" className="font-semibold">
            Also mentioned
          </h2>
          <ul className="mt-1 space-y-0.5">
            {article.mentions.map((m) => (
              <li key={m.id}>
                {m.name}
                {m.role && <span>, {m.role}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
