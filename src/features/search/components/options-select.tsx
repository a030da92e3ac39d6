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
 * when none is).
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
    ref.current?.replaceChildren(
      ...options.map(({ value, label }) => new Option(label, value, value === selected, value === selected)),
    );
  }, [options, selected]);
  return <select ref={ref} name={name} className={className} />;
}
