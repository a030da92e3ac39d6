import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { localArticlesQuery, useLocalArticles } from '../../../lib/local-articles-query';
import type { LocalOutcome } from '../ingest-local-files';
import type { LocalArticle } from '../../../lib/local-db';
import { AddArticlesForm } from './add-articles-form';
import { AddResults } from './add-results';
import { LocalArticleCard } from './local-article-card';
import { useFileDrop } from '../use-file-drop';

type Source = { kind: 'paste'; text: string } | { kind: 'files'; files: File[] };

/** Slugs of the server's library, from whatever index the library page has loaded. */
function serverSlugs(data: unknown): string[] {
  const articles = (data as { articles?: { slug?: unknown }[] } | undefined)?.articles ?? [];
  return articles.flatMap((a) => (typeof a.slug === 'string' ? [a.slug] : []));
}

/** The library's "Your articles": add by pasting, choosing or dropping files; list, export, delete. */
export function LocalArticles() {
  const queryClient = useQueryClient();
  const { data: records = [], error } = useLocalArticles();
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<LocalOutcome[] | null>(null);
  const [problem, setProblem] = useState('');

  const add = async (source: Source) => {
    setBusy(true);
    setProblem('');
    try {
      // Loaded on first use: the worker and IndexedDB cost nothing until a reader adds something.
      const adder = await import('../add-local-articles');
      const files =
        source.kind === 'paste' ? await adder.filesFromPaste(source.text) : await adder.filesFromList(source.files);
      const outcomes = await adder.addLocalArticles(files, serverSlugs(queryClient.getQueryData(['library'])));
      setResults(outcomes);
      for (const o of outcomes) if (o.ok) queryClient.removeQueries({ queryKey: ['article', o.article.slug] });
      await queryClient.invalidateQueries(localArticlesQuery());
      return outcomes.some((o) => o.ok);
    } catch (e) {
      setProblem(`Could not add: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (record: LocalArticle) => {
    try {
      await (await import('../../../lib/local-db')).deleteLocalArticle(record.slug);
      setProblem(`Deleted “${record.summary.title}”.`);
    } catch (e) {
      setProblem(`Could not delete “${record.summary.title}”: ${e instanceof Error ? e.message : String(e)}`);
    }
    queryClient.removeQueries({ queryKey: ['article', record.slug] });
    await queryClient.invalidateQueries(localArticlesQuery());
  };

  const dragging = useFileDrop((files) => void add({ kind: 'files', files }));

  return (
    <section
      aria-labelledby="local-articles-heading"
      className={`mt-8 rounded-lg border p-4 ${dragging ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950' : 'border-gray-200 dark:border-gray-800'}`}
    >
      <h2 id="local-articles-heading" className="font-serif text-2xl font-semibold">
        Your articles
      </h2>
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        Paste the text of an article, or choose or drop <code>.txt</code> files anywhere on this page. They are read in
        this browser and kept only on this device.
      </p>
      <AddArticlesForm
        busy={busy}
        onPaste={(text) => add({ kind: 'paste', text })}
        onFiles={(files) => add({ kind: 'files', files })}
      />
      <div role="status" aria-live="polite" className="mt-3 text-sm">
        {busy ? 'Reading…' : problem}
        {!busy && error ? `Your articles could not be listed: ${error.message}` : ''}
      </div>
      {results && <AddResults outcomes={results} />}
      {records.length > 0 && (
        <ul className="mt-6 divide-y divide-gray-200 dark:divide-gray-800">
          {records.map((record) => (
            <li key={record.slug} className="py-5" data-origin="local">
              <LocalArticleCard record={record} onDelete={(r) => void remove(r)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
