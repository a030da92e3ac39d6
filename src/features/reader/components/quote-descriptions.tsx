import { KIND_LABEL } from '../speaker-colors';
import { speakerLabel, type ReaderModel } from '../reader-model';

/**
 * Hidden texts that quotes point to with aria-describedby: who said it, what kind of speech, and the
 * keys for its actions (each quote is one tab stop; the copy button in the margin is for pointers).
 */
export function QuoteDescriptions({ model }: { model: ReaderModel }) {
  return (
    <div hidden>
      {[...model.speakers.values()].map((s) => (
        <span key={s.id} id={`desc-speaker-${s.id}`}>
          Said by {speakerLabel(s)}.
        </span>
      ))}
      <span id="desc-speaker-unknown">Speaker unknown.</span>
      <span id="desc-actions">Enter opens its link, C copies it.</span>
      {Object.entries(KIND_LABEL).map(([kind, label]) => (
        <span key={kind} id={`desc-kind-${kind}`}>
          {label[0]!.toUpperCase() + label.slice(1)}.
        </span>
      ))}
    </div>
  );
}
