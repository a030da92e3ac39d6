import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_SETTINGS, parseReaderSettings } from './reader-settings';
import { settingAttribute } from './write-reader-setting';

describe('parseReaderSettings', () => {
  it('keeps known choices and falls back to the default for the rest', () => {
    expect(parseReaderSettings('{"textSize":"xl","font":"comic","marks":"off"}')).toEqual({
      ...DEFAULT_READER_SETTINGS,
      textSize: 'xl',
      marks: 'off',
    });
  });
  it('reads nothing and damaged storage as the defaults', () => {
    expect(parseReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('{not json')).toEqual(DEFAULT_READER_SETTINGS);
    expect(parseReaderSettings('[1,2]')).toEqual(DEFAULT_READER_SETTINGS);
  });
});

describe('settingAttribute', () => {
  it('names the attribute index.css and index.html read', () => {
    expect(settingAttribute('textSize')).toBe('data-text-size');
    expect(settingAttribute('marks')).toBe('data-marks');
  });
});
