import { useId, useState } from 'react';

const BUTTON = 'rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-70';

/** Paste text or choose .txt files; the parent does the reading. */
export function AddArticlesForm({
  busy,
  onPaste,
  onFiles,
}: {
  busy: boolean;
  onPaste: (text: string) => Promise<boolean>;
  onFiles: (files: File[]) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const pasteId = useId();
  const fileId = useId();
  return (
    <div className="mt-4 grid gap-4">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void onPaste(text).then((added) => added && setText(''));
        }}
      >
        <label htmlFor={pasteId} className="block font-medium">
          Paste an article
        </label>
        <textarea
          id={pasteId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          className="mt-1 w-full rounded-md border border-gray-300 bg-white p-2 font-mono text-sm dark:border-gray-600 dark:bg-gray-900"
        />
        <button type="submit" disabled={busy || !text.trim()} className={`mt-2 ${BUTTON}`}>
          Add pasted article
        </button>
      </form>
      <div>
        <label htmlFor={fileId} className="block font-medium">
          Add <code>.txt</code> files
        </label>
        <input
          id={fileId}
          type="file"
          accept=".txt,text/plain"
          multiple
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            // Cleared so that choosing the same file again (after editing it) adds it again.
            if (files.length > 0) void onFiles(files).finally(() => (input.value = ''));
          }}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-gray-600 dark:file:bg-gray-900 dark:file:text-gray-100"
        />
      </div>
    </div>
  );
}
