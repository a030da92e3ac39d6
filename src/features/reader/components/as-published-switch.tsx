import { setAsPublished, useAsPublished } from './as-published';

/** Shows the repaired words as the article published them (and back). */
export function AsPublishedSwitch() {
  const on = useAsPublished();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={() => setAsPublished(!on)}
      className="toolbar-button switch"
    >
      Show as published
    </button>
  );
}
