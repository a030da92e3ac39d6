/**
 * A prerendered page is read from its HTML and CSS; its code only makes it interactive. So the
 * page's entry module is not in the HTML for the browser to fetch at once (where, on a slow link,
 * it shares the bandwidth with the stylesheet and the text waits for both): a small inline script
 * starts it once the text is painted. The script's text never changes (the entry's address
 * rides in its `data-entry` attribute), so the Content-Security-Policy allows it by one fixed hash.
 * src/main.tsx waits for the whole document before it hydrates, since the module may arrive first.
 */

/**
 * ES5 on purpose: it runs untranspiled. The module is added once the browser reports the first
 * contentful paint (the text is on screen, not merely drawn); where paint timing is missing, after
 * the first frame (requestAnimationFrame never runs while the stylesheet still blocks rendering).
 */
export const ENTRY_LOADER =
  "(function(s){var done;function go(){if(done)return;done=1;var m=document.createElement('script');m.type='module';m.src=s.getAttribute('data-entry');document.head.appendChild(m)}var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true});else requestAnimationFrame(function(){setTimeout(go)})})(document.currentScript)";

/** The entry module's tag as Vite writes it, whatever the attribute order and line breaks. */
const ENTRY_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/;

/**
 * The shell with its entry module loaded after the first paint, and no module preloads (what the
 * entry imports follows it; nothing of it is needed to paint).
 */
export function loadEntryAfterPaint(shell: string): string {
  return shell
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(ENTRY_SCRIPT, (_, src: string) => `<script data-entry="${src}">${ENTRY_LOADER}</script>`);
}
