import { useState } from 'react';
import { writeReaderSetting } from '../../../lib/write-reader-setting';

/** Turns the quote marks off (and on again); remembered with the other reader settings. */
export function PlainTextSwitch() {
  const [plain, setPlain] = useState(() => document.documentElement.getAttribute('data-marks') === 'off');
  const toggle = () => {
    writeReaderSetting('marks', plain ? 'on' : 'off');
    setPlain(!plain);
  };
  return (
    <button type="button" role="switch" aria-checked={plain} onClick={toggle} className="toolbar-button switch">
      Plain text
    </button>
  );
}
