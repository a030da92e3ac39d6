import { AsPublishedSwitch } from './as-published-switch';
import { PlainTextSwitch } from './plain-text-switch';

/**
 * Above the article, in the flow (nothing floats over the text): the plain-text switch, and on
 * phones the button that opens the speakers sheet.
 */
export function ReaderToolbar({
  speakerCount,
  onSpeakers,
  repaired,
}: {
  speakerCount: number;
  onSpeakers: () => void;
  repaired?: boolean;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-center gap-2 font-sans">
      <button type="button" aria-haspopup="dialog" onClick={onSpeakers} className="toolbar-button lg:hidden">
        Speakers ({speakerCount})
      </button>
      <PlainTextSwitch />
      {repaired && <AsPublishedSwitch />}
    </div>
  );
}
