/**
 * Reader settings kept in localStorage and shown as data attributes on <html>, where index.css reads
 * them. index.html applies the stored ones before the first paint, so a page never jumps on load;
 * write-reader-setting.ts changes one.
 */
import { READER_SETTINGS_KEY } from './write-reader-setting';

export const READER_SETTING_CHOICES = {
  textSize: ['s', 'm', 'l', 'xl'],
  measure: ['narrow', 'medium', 'wide'],
  font: ['serif', 'sans'],
  marks: ['on', 'off'],
} as const;

export type ReaderSettings = { [K in keyof typeof READER_SETTING_CHOICES]: (typeof READER_SETTING_CHOICES)[K][number] };
export type ReaderSettingName = keyof ReaderSettings;

export const DEFAULT_READER_SETTINGS: ReaderSettings = { textSize: 'm', measure: 'medium', font: 'serif', marks: 'on' };

/** Stored settings, with anything unknown or damaged replaced by the default. */
export function parseReaderSettings(stored: string | null): ReaderSettings {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : {};
  } catch {
    raw = {};
  }
  const out = { ...DEFAULT_READER_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const name of Object.keys(READER_SETTING_CHOICES) as ReaderSettingName[]) {
      const value = (raw as Record<string, unknown>)[name];
      if ((READER_SETTING_CHOICES[name] as readonly unknown[]).includes(value))
        (out as Record<string, unknown>)[name] = value;
    }
  }
  return out;
}

export function readReaderSettings(): ReaderSettings {
  try {
    return parseReaderSettings(localStorage.getItem(READER_SETTINGS_KEY));
  } catch {
    return { ...DEFAULT_READER_SETTINGS };
  }
}
