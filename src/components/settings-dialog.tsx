import { useEffect, useRef, useState } from 'react';
import { readReaderSettings, type ReaderSettingName, type ReaderSettings } from '../lib/reader-settings';
import { writeReaderSetting } from '../lib/write-reader-setting';
import { readTheme, writeTheme, type Theme } from '../lib/theme';

type Choices<T extends string> = readonly (readonly [T, string])[];

const TEXT_SIZES: Choices<ReaderSettings['textSize']> = [
  ['s', 'Small'],
  ['m', 'Medium'],
  ['l', 'Large'],
  ['xl', 'Extra large'],
];
const MEASURES: Choices<ReaderSettings['measure']> = [
  ['narrow', 'Narrow'],
  ['medium', 'Medium'],
  ['wide', 'Wide'],
];
const FONTS: Choices<ReaderSettings['font']> = [
  ['serif', 'Serif'],
  ['sans', 'Sans serif'],
];
const THEMES: Choices<Theme> = [
  ['light', 'Light'],
  ['dark', 'Dark'],
];

function ChoiceGroup<T extends string>(p: {
  legend: string;
  name: string;
  choices: Choices<T>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="mt-5">
      <legend className="text-sm font-semibold">{p.legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {p.choices.map(([value, label]) => (
          <label
            key={value}
            className="toolbar-button cursor-pointer has-checked:border-sky-700 has-checked:bg-sky-50 has-focus-visible:outline-3 has-focus-visible:outline-sky-600 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
          >
            <input
              type="radio"
              name={p.name}
              value={value}
              checked={p.value === value}
              onChange={() => p.onChange(value)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Text size, line width, typeface and theme, applied at once and remembered; loaded when first opened. */
export default function SettingsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState(readReaderSettings);
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const set =
    <K extends ReaderSettingName>(name: K) =>
    (value: ReaderSettings[K]) => {
      writeReaderSetting(name, value);
      setSettings((s) => ({ ...s, [name]: value }));
    };
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="settings-title"
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl bg-white p-6 text-gray-900 shadow-xl backdrop:bg-black/50 dark:bg-gray-900 dark:text-gray-100"
    >
      <h2 id="settings-title" className="text-lg font-semibold">
        Reading settings
      </h2>
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        choices={TEXT_SIZES}
        value={settings.textSize}
        onChange={set('textSize')}
      />
      <ChoiceGroup
        legend="Line width"
        name="measure"
        choices={MEASURES}
        value={settings.measure}
        onChange={set('measure')}
      />
      <ChoiceGroup legend="Typeface" name="font" choices={FONTS} value={settings.font} onChange={set('font')} />
      <ChoiceGroup
        legend="Theme"
        name="theme"
        choices={THEMES}
        value={theme}
        onChange={(t) => setTheme(writeTheme(t))}
      />
      <form method="dialog" className="mt-6 text-right">
        <button className="rounded-md bg-sky-700 px-4 py-2.5 font-medium text-white hover:bg-sky-800">Done</button>
      </form>
    </dialog>
  );
}
