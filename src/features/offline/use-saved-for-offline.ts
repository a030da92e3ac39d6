import { useCallback, useEffect, useState } from 'react';
import { isSavedForOffline, saveForOffline } from './offline-articles';

/**
 * Whether an article is kept for offline reading (checked again whenever `recheckWhen` changes), and
 * a way to keep it.
 */
export function useSavedForOffline(slug: string | null, recheckWhen: unknown = null) {
  const [state, setState] = useState<{ slug: string | null; saved: boolean } | null>(null);
  useEffect(() => {
    if (slug === null) return;
    let live = true;
    void isSavedForOffline(slug).then((saved) => live && setState({ slug, saved }));
    return () => {
      live = false;
    };
  }, [slug, recheckWhen]);
  const save = useCallback(async () => {
    if (slug === null) return;
    await saveForOffline(slug);
    setState({ slug, saved: await isSavedForOffline(slug) });
  }, [slug]);
  const known = state !== null && state.slug === slug;
  return { checked: known, saved: known && state.saved, save };
}
