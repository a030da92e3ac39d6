import { useId } from 'react';
import { Link } from 'react-router';
import { Avatar } from '../../../components/avatar';
import { paths } from '../../../lib/paths';
import { avatarName, colorOf, type ReaderModel } from '../reader-model';
import { plural } from '../../../lib/plural';

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
  // The sidebar is drawn twice (wide screens, phone sheet): ids must stay unique.
  const id = useId();
  return (
    <div className="space-y-6">
      <section aria-labelledby={`${id}speakers`}>
        <div className="flex items-baseline justify-between gap-2">
          <h2 id={`${id}speakers`} className="text-lg font-semibold">
            Speakers
          </h2>
          {selected.size > 0 && (
            <button
              type="button"
              onClick={onClear}
              className="min-h-11 px-2 text-sm font-medium text-sky-800 underline dark:text-sky-300"
            >
              Show everyone
            </button>
          )}
        </div>
        {model.groups.map((g) => (
          <div key={g.kind} role="group" aria-labelledby={`${id}group-${g.kind}`} className="mt-4">
            <h3
              id={`${id}group-${g.kind}`}
              className="text-sm font-semibold tracking-wide text-gray-700 uppercase dark:text-gray-300"
            >
              {g.heading} ({g.speakers.length})
            </h3>
            {g.kind === 'unnamed' && (
              <p className="mt-1 muted">
                {g.quoteCount} of {plural(model.quoteCount, 'quote')} rest on unnamed sources.
              </p>
            )}
            <ul className="mt-1 space-y-1">
              {g.speakers.map((s) => (
                <li key={s.id} className="flex items-stretch gap-1">
                  <button
                    type="button"
                    data-speaker-id={s.id}
                    aria-pressed={selected.has(s.id)}
                    onClick={() => onToggle(s.id)}
                    className="speaker-toggle"
                  >
                    <Avatar name={avatarName(s.name)} className={colorOf(model, s.id)} />
                    <span className="min-w-0">
                      <span className="block font-medium first-letter:uppercase">{s.name}</span>
                      {s.role && <span className="block muted">{s.role}</span>}
                      <span className="block muted">
                        {plural(s.quoteCount, 'quote')}
                        {s.tweetCount > 0 && ` · ${plural(s.tweetCount, 'tweet')}`}
                      </span>
                    </span>
                  </button>
                  <Link
                    to={paths.speaker.href(s.id)}
                    aria-label={`All quotes by ${s.name} in the library`}
                    title="All their quotes in the library"
                    className="icon-button"
                  >
                    <span aria-hidden="true">→</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {model.unattributed > 0 ? (
          <p className="mt-4 muted">{plural(model.unattributed, 'quote')} without a speaker (in grey).</p>
        ) : (
          article.speakers.length === 0 && <p className="mt-2 muted">No speakers found in this article.</p>
        )}
      </section>
      {chosen.map((s) => (
        <nav key={s.id} aria-labelledby={`${id}quotes-of-${s.id}`}>
          <h3 id={`${id}quotes-of-${s.id}`} className="text-base font-semibold">
            Quotes by {s.name}
          </h3>
          <ol className="mt-2 list-decimal pl-5 text-sm">
            {model.order
              .filter((q) => q.speakerId === s.id)
              .map((q) => (
                <li key={q.id}>
                  <Link
                    to={paths.quote.href(article.slug, q.id, [...selected])}
                    className="inline-block py-1.5 text-gray-800 underline decoration-gray-400 underline-offset-2 hover:decoration-current dark:text-gray-200"
                  >
                    {excerpt(q.text)}
                  </Link>
                </li>
              ))}
          </ol>
        </nav>
      ))}
      {article.mentions.length > 0 && (
        <section aria-labelledby={`${id}mentions`} className="muted">
          <h2 id={`${id}mentions`} className="font-semibold">
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
