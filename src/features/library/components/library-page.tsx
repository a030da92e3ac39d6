import { useLibrary } from '../api/get-library';
import { sortArticles } from '../sort-articles';
import { ArticleCard } from './article-card';
import { IngestFailures } from './ingest-failures';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function LibraryPage() {
  const { data } = useLibrary();
  const articles = sortArticles(data.articles);
  // Only what the index holds: how many quotes were found, not that each has a speaker.
  const quotes = articles.reduce((n, a) => n + a.quoteCount, 0);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <title>Library · Verbatim</title>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Library</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        {plural(articles.length, 'article')} · {plural(quotes, 'quote')}
      </p>
      <ul className="mt-8 divide-y divide-gray-200 dark:divide-gray-800">
        {articles.map((a) => (
          <li key={a.slug} className="py-6">
            <ArticleCard article={a} />
          </li>
        ))}
      </ul>
      <IngestFailures failures={data.failures} />
    </main>
  );
}
