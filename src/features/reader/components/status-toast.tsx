/** A polite live region that is always present, so screen readers hear each new message. */
export function StatusToast({ message }: { message: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`fixed bottom-20 left-1/2 z-40 max-w-[calc(100vw-2rem)] lg:bottom-4 -translate-x-1/2 rounded-lg bg-gray-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-gray-100 dark:text-gray-900 ${message ? '' : 'sr-only'}`}
    >
      {message}
    </div>
  );
}
