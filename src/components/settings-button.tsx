import { lazy, Suspense, useState } from 'react';

const SettingsDialog = lazy(() => import('./settings-dialog'));

/** The header button that opens the reading settings (text size, line width, typeface, theme). */
export function SettingsButton({ className }: { className: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" className={className}>
        <span aria-hidden="true">Aa </span>Settings
      </button>
      {open && (
        <Suspense>
          <SettingsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
