import { useState } from 'react';

/**
 * Copies a quote's deep link: a 44 px target in the margin, showing a tick once copied. Not a tab
 * stop of its own: a focused quote is copied with C (the quote is the one tab stop).
 */
export function CopyLinkButton({
  speakerName,
  onClick,
  local = false,
}: {
  speakerName: string;
  onClick: () => void;
  /** The article is one of the reader's own: its links open only in this browser. */
  local?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      tabIndex={-1}
      onClick={() => {
        onClick();
        setCopied(true);
        window.setTimeout(() => setCopied(false), 2000);
      }}
      aria-label={`Copy link to this quote (${speakerName})`}
      title={local ? 'Copy link to this quote (C): it opens only in this browser' : 'Copy link to this quote (C)'}
      className="icon-button h-11"
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        {copied ? (
          <path d="M4 12.5l5 5L20 6.5" />
        ) : (
          <g transform="rotate(-45 12 12)">
            <rect x="1.5" y="8.5" width="11.5" height="7" rx="3.5" />
            <rect x="11" y="8.5" width="11.5" height="7" rx="3.5" />
          </g>
        )}
      </svg>
    </button>
  );
}
