import { lazy, Suspense, useState } from 'react';

const SettingsDialog = lazy(() => import('./settings-dialog'));

/** The header button that opens the reading settings (text size, line width, typeface, theme). */
export function SettingsButton({ className }: { className: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* On a phone the label is for screen readers only: the header keeps one row beside the status pills. */}
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" title="Settings" className={className}>
        <span aria-hidden="true">Aa</span>
        <span className="sr-only sm:not-sr-only">Settings</span>
      </button>
      {open && (
        <Suspense>
          <SettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
