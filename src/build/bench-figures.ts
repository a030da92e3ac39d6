/** How bench:library prints a figure: a padded label, then the median with its spread over the runs. */
export const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const spread = (xs: number[], unit: string, digits = 0) =>
  `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}, ${xs.length} runs)`;
