import { lazy, Suspense, useEffect, useState } from 'react';
import { isTypingTarget } from '../lib/keyboard';

const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

/** The header button and the "?" key that open the shortcuts dialog. */
export function ShortcutsButton({ className }: { className: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" className={className}>
        <span aria-hidden="true">⌨ </span>Shortcuts
      </button>
      {open && (
        <Suspense>
          <ShortcutsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
