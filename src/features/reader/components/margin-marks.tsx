import { Avatar } from '../../../components/avatar';
import { avatarName, colorOf, type ReaderModel } from '../reader-model';

/** The initials of the speakers a paragraph quotes, in the margin beside it: colour is never the only cue. */
export function MarginMarks({ model, speakerIds }: { model: ReaderModel; speakerIds: readonly (string | null)[] }) {
  if (speakerIds.length === 0) return null;
  return (
    <span className="margin-marks not-prose" aria-hidden="true">
      {speakerIds.map((id) => (
        <Avatar
          key={id ?? ''}
          name={avatarName((id && model.speakers.get(id)?.name) || '?')}
          className={colorOf(model, id)}
        />
      ))}
    </span>
  );
}
