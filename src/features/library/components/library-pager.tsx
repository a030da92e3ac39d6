import { Pager } from '../../../components/pager';
import { libraryViewParams, type LibraryView } from '../library-view';

/** The library's pages in the current sort and year. */
export function LibraryPager({ view, pages }: { view: LibraryView; pages: number }) {
  return (
    <Pager
      label="Library pages"
      page={Math.min(view.page, pages - 1)}
      pages={pages}
      href={(p) => `/${libraryViewParams({ ...view, page: p })}`}
      previousText="Newer page"
      nextText="Next page"
    />
  );
}
