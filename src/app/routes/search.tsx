import type { LoaderFunctionArgs } from 'react-router';
import { localSearchQuery } from '../../features/search/api/get-local-search';
import { searchQuery } from '../../features/search/api/get-search';
import { hasLocalSlugs } from '../../lib/local-slugs';
import { SearchPage } from '../../features/search/components/search-page';
import { parseSearchParams } from '../../features/search/search-params';
import { queryClient } from '../query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseSearchParams(new URL(request.url).searchParams);
  // The reader's own hits are read with the library's, so the page commits both in one render.
  await Promise.all([
    queryClient.ensureQueryData(searchQuery(query)),
    hasLocalSlugs() ? queryClient.ensureQueryData(localSearchQuery(query)).catch(() => []) : null,
  ]);
  return null;
}

/** The route module's page: React Router takes `Component` and `loader` from a lazy module as they are. */
export function Component() {
  return <SearchPage />;
}
