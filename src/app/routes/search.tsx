import type { LoaderFunctionArgs } from 'react-router';
import { searchQuery } from '../../features/search/api/get-search';
import { SearchPage } from '../../features/search/components/search-page';
import { parseSearchParams } from '../../features/search/search-params';
import { queryClient } from '../query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(searchQuery(parseSearchParams(new URL(request.url).searchParams)));
  return null;
}

/** The route module's page: React Router takes `Component` and `loader` from a lazy module as they are. */
export function Component() {
  return <SearchPage />;
}
