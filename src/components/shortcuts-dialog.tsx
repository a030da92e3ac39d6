import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['j', 'Next quote'],
  ['k', 'Previous quote'],
  ['Enter', 'Open the focused quote’s own link'],
  ['c', 'Copy the focused quote’s link'],
  ['Esc', 'Show everyone (clear the speaker filter)'],
  ['?', 'Show these shortcuts'],
];

/** The keyboard shortcuts in a native modal dialog; loaded only when first asked for. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-6 text-gray-900 shadow-xl backdrop:bg-black/50 dark:bg-gray-900 dark:text-gray-100"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-gray-400 px-1.5 py-0.5 font-mono text-sm">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 text-right">
        <button className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">Close</button>
      </form>
    </dialog>
  );
}
