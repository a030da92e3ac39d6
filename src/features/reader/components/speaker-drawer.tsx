import { useEffect, useState, type ReactNode } from 'react';

/** The sidebar on wide screens; on phones a bottom sheet behind a "Speakers" button. */
export function SpeakerDrawer({ count, children }: { count: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <aside aria-label="Speakers" className="lg:py-8">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="speaker-panel"
        onClick={() => setOpen(!open)}
        className="fixed right-4 bottom-4 z-30 rounded-full bg-sky-700 px-4 py-2.5 font-medium text-white shadow-lg hover:bg-sky-800 lg:hidden"
      >
        {open ? 'Close speakers' : `Speakers (${count})`}
      </button>
      <div
        id="speaker-panel"
        className={`${open ? 'fixed inset-x-0 bottom-0 z-20 max-h-[75vh] overflow-y-auto rounded-t-2xl border-t border-gray-300 bg-white p-4 pb-20 shadow-2xl dark:border-gray-700 dark:bg-gray-900' : 'hidden'} lg:sticky lg:top-6 lg:block lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto lg:rounded-none lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none dark:lg:bg-transparent`}
      >
        {children}
      </div>
    </aside>
  );
}
