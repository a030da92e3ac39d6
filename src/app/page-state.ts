/**
 * What a prerendered page hands to the browser: the router's loader data and the query cache's
 * entries. It travels as a JSON data block (`<script type="application/json">`), not as inline
 * script, so the Content-Security-Policy needs no exception for it.
 */
export const PAGE_STATE_ID = 'verbatim-state';

export interface PageState {
  loaderData: Record<string, unknown>;
  /** [queryKey, data] for each query the page's loaders warmed. */
  queries: Array<[readonly unknown[], unknown]>;
}

/** The state embedded in the page, or null for a page that was not prerendered. */
export function readPageState(doc: Document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  return text ? (JSON.parse(text) as PageState) : null;
}

/** JSON safe inside a script element: `<` escaped so the text cannot close the element. */
export function serialisePageState(state: PageState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}
