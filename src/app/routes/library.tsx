import type { LoaderFunctionArgs } from 'react-router';
import { libraryViewQuery } from '../../features/library/api/get-library-view';
import { LibraryPage } from '../../features/library/components/library-page';
import { parseLibraryView } from '../../features/library/library-view';
import { LocalArticles } from '../../features/local-articles/components/local-articles';
import { SaveForOffline } from '../../features/offline/components/save-for-offline';
import { queryClient } from '../query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(libraryViewQuery(parseLibraryView(new URL(request.url).searchParams)));
  return null;
}

/** The route module's page: React Router takes `Component` and `loader` from a lazy module as they are. */
export function Component() {
  return (
    <LibraryPage cardActions={(article) => <SaveForOffline slug={article.slug} title={article.title} />}>
      <LocalArticles />
    </LibraryPage>
  );
}
