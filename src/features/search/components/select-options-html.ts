/**
 * A select's options as HTML, for `dangerouslySetInnerHTML`: the search filters' lists (up to 30
 * speakers and two lists of years) are fixed text, and as React elements they were about half the
 * fibers and DOM nodes a search commits before its results are painted. The browser's parser makes
 * the same options from one string for a fraction of that.
 */
export interface SelectOption {
  value: string;
  label: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** The options, the one whose value is `selected` marked so (the first is shown when none is). */
export const selectOptionsHtml = (options: readonly SelectOption[], selected: string): string =>
  options
    .map(
      ({ value, label }) =>
        `<option value="${escape(value)}"${value === selected ? ' selected' : ''}>${escape(label)}</option>`,
    )
    .join('');
