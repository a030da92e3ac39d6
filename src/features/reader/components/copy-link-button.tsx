/** A small inline button that copies a quote's deep link. */
export function CopyLinkButton({ speakerName, onClick }: { speakerName: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={`Copy link to this quote (${speakerName})`}
      title="Copy link to this quote"
      className="mx-0.5 inline-flex size-6 items-center justify-center rounded align-[-0.2em] text-gray-600 hover:bg-gray-100 hover:text-gray-900 dark:text-gray-400 dark:hover:bg-gray-800 dark:hover:text-white"
    >
      <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        <g transform="rotate(-45 12 12)">
          <rect x="1.5" y="8.5" width="11.5" height="7" rx="3.5" />
          <rect x="11" y="8.5" width="11.5" height="7" rx="3.5" />
        </g>
      </svg>
    </button>
  );
}
