import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The speakers on a phone: a bottom sheet in a native modal dialog, so it has a backdrop, keeps
 * focus inside, closes with Esc (without touching the filter) and gives focus back to its button.
 * A tap on the backdrop or a choice (a speaker, a link) closes it. Loaded when first opened.
 */
export default function SpeakerSheet({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // The dialog itself is only hit outside the panel (the backdrop): its content is padded inside.
    // A click that chose something (a speaker, a link) has been handled by then: close after it.
    const onClick = (e: MouseEvent) => {
      const target = e.target as Element;
      if (target === dialog || target.closest('a[href], button[data-speaker-id]')) dialog.close();
    };
    dialog.addEventListener('click', onClick);
    return () => dialog.removeEventListener('click', onClick);
  }, []);
  const close = () => ref.current?.close();
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-label="Speakers"
      className="sheet bg-white text-gray-900 backdrop:bg-black/50 dark:bg-gray-900 dark:text-gray-100"
    >
      <aside aria-label="Speakers" className="px-4 pt-2 pb-6">
        <div className="flex justify-end">
          <button type="button" onClick={close} className="toolbar-button">
            Close
          </button>
        </div>
        {children}
      </aside>
    </dialog>
  );
}
