/**
 * What a prerendered page hands to the browser to hydrate: the router's loader data and, for each
 * query its loaders warmed, the data file it was read from. Not the data itself: that would ship
 * the article twice, as HTML and again as JSON. The browser fetches those files (cached by HTTP and
 * the service worker) before it hydrates. It travels as a JSON data block
 * (`<script type="application/json">`), not as inline script, so the Content-Security-Policy needs
 * no exception for it.
 */
export const PAGE_STATE_ID = 'verbatim-state';

export interface PageState {
  loaderData: Record<string, unknown>;
  /** [queryKey, URL of the data file] for each query the page's loaders warmed. */
  sources: Array<[readonly unknown[], string]>;
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
