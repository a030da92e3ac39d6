import { useSyncExternalStore } from 'react';
import { writeReaderSetting } from '../../../lib/write-reader-setting';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
// index.html sets the attribute from storage before the app runs; a prerendered page starts with marks on.
const isPlain = () => document.documentElement.getAttribute('data-marks') === 'off';

/** Turns the quote marks off (and on again); remembered with the other reader settings. */
export function PlainTextSwitch() {
  const plain = useSyncExternalStore(subscribe, isPlain, () => false);
  const toggle = () => {
    writeReaderSetting('marks', plain ? 'on' : 'off');
    for (const listener of listeners) listener();
  };
  return (
    <button type="button" role="switch" aria-checked={plain} onClick={toggle} className="toolbar-button switch">
      Plain text
    </button>
  );
}
