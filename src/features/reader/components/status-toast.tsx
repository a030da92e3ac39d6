/**
 * A polite live region that is always present, so screen readers hear each new message. It stays
 * visually hidden: nothing covers the text (a copy shows on its button, an opened quote on its card).
 */
export function StatusToast({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {message}
    </div>
  );
}
