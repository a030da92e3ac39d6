import { useLayoutEffect, useRef } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A select whose options are made by the DOM (`new Option(text, value)`) in a layout effect, not
 * as React elements: the search filters' lists (up to 30 speakers and two lists of years) were
 * about half the fibers a search shown from the library commits before its results are painted.
 * `Option` sets text, never markup, so a speaker's name from an article stays data. The options
 * are in place before the frame is painted, the one whose value is `selected` chosen (the first
 * when none is), or the one the reader chose since, when the options change under it.
 */
export function OptionsSelect({
  name,
  options,
  selected,
  className,
}: {
  name: string;
  options: readonly SelectOption[];
  selected: string;
  className: string;
}) {
  const ref = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    // New options (a list that grew when the reader's own articles answered): keep what the reader
    // chose and has not applied yet, when it is still there.
    const chosen = select.options.length > 0 ? select.value : selected;
    const shown = options.some((o) => o.value === chosen) ? chosen : selected;
    select.replaceChildren(
      ...options.map(({ value, label }) => new Option(label, value, value === selected, value === shown)),
    );
  }, [options, selected]);
  return <select ref={ref} name={name} className={className} />;
}
