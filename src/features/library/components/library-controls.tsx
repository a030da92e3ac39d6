import { useNavigate } from 'react-router';
import type { LibraryYear } from '../../../ingest/library/library-schema';
import { libraryViewParams, type LibrarySort, type LibraryView } from '../library-view';

const SELECT = 'min-h-11 rounded-md border border-gray-400 bg-white px-2 py-1 dark:border-gray-600 dark:bg-gray-900';

/** Sort and year: each choice is a new URL, so Back returns to the list as it was. */
export function LibraryControls({ view, years }: { view: LibraryView; years: readonly LibraryYear[] }) {
  const navigate = useNavigate();
  const go = (next: Partial<LibraryView>) => void navigate(`/${libraryViewParams({ ...view, ...next, page: 0 })}`);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <label className="flex items-center gap-2">
        Sort
        <select className={SELECT} value={view.sort} onChange={(e) => go({ sort: e.target.value as LibrarySort })}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="title">Title A–Z</option>
        </select>
      </label>
      {view.sort !== 'title' && (
        <label className="flex items-center gap-2">
          Year
          <select className={SELECT} value={view.year ?? ''} onChange={(e) => go({ year: e.target.value || null })}>
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y.year ?? 'undated'} value={y.year ?? 'undated'}>
                {y.year ?? 'Undated'} ({y.articles})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
