/**
 * Changes one reader setting: on <html> at once (index.css reads the attribute), and in storage for
 * the next visit. Apart from reader-settings.ts so that the reader's first load carries only this.
 */
export const READER_SETTINGS_KEY = 'verbatim-reader';

/** The attribute a setting sets on <html>: `textSize` → `data-text-size` (index.html does the same). */
export const settingAttribute = (name: string) => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function writeReaderSetting(name: string, value: string): void {
  document.documentElement.setAttribute(settingAttribute(name), value);
  try {
    let stored: Record<string, string> = {};
    try {
      stored = JSON.parse(localStorage.getItem(READER_SETTINGS_KEY) ?? '{}') as Record<string, string>;
    } catch {
      // Damaged: start again from this setting.
    }
    localStorage.setItem(READER_SETTINGS_KEY, JSON.stringify({ ...stored, [name]: value }));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
