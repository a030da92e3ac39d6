import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../ingest/library/library-schema';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { useSearchParams } from 'react-router';
import { useLibrary } from '../../../lib/library-index';
import { useLibraryView } from '../api/get-library-view';
import { parseLibraryView } from '../library-view';
import { ArticleCard } from './article-card';
import { IngestFailures } from './ingest-failures';
import { LibraryControls } from './library-controls';
import { LibraryPager } from './library-pager';
import { LibrarySearchBox } from './library-search-box';
import { plural } from '../../../lib/plural';

/**
 * One page of 50 articles at a time, whatever the library's size; the URL holds sort, year and page.
 * `children` go below the list, so the articles are the first thing a reader sees (the app puts the
 * reader's own articles and the form to add them there); `cardActions` renders
 * beside each article (the app puts "save for offline" there).
 */
export function LibraryPage({
  children,
  cardActions,
}: {
  children?: ReactNode;
  cardActions?: (article: ArticleSummary) => ReactNode;
}) {
  useScrollMemory();
  const [params] = useSearchParams();
  const view = parseLibraryView(params);
  const { data: index } = useLibrary();
  const { data } = useLibraryView(view);
  const { slice, articles } = data;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <title>Library · Verbatim</title>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Library</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        {plural(index.total, 'article')} · {plural(index.quoteTotal, 'quote')}
      </p>
      <div className="mt-6 space-y-4">
        <LibrarySearchBox />
        <LibraryControls view={view} years={index.years} />
      </div>
      {articles.length === 0 ? (
        <p className="mt-8 text-gray-700 dark:text-gray-300">No articles here.</p>
      ) : (
        <ul className="mt-8 divide-y divide-gray-200 dark:divide-gray-800">
          {articles.map((a) => (
            <li key={a.slug} className="py-6">
              <ArticleCard article={a} />
              {cardActions?.(a)}
            </li>
          ))}
        </ul>
      )}
      <LibraryPager view={view} pages={slice.pages} />
      {children}
      <IngestFailures failures={index.failures} />
    </main>
  );
}
