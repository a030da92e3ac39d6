/** The titles a page gives itself: the same in the prerendered head, the browser tab and a link preview. */

/** The first `count` words of `text`, with an ellipsis when words were left out. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  const head = words.slice(0, count).join(' ');
  return words.length > count ? `${head.replace(/[,;:.!?]+$/, '')}…` : head;
}

/** `Speaker: “first words…” · Article title`, the title of a quote's page. */
export function quoteTitle(speakerName: string | null, quoteText: string, articleTitle: string): string {
  return `${speakerName ?? 'Unattributed'}: “${firstWords(quoteText, 8)}” · ${articleTitle}`;
}

/** `Article title · Verbatim`, the title of an article's page. */
export function articleTitle(title: string): string {
  return `${title} · Verbatim`;
}
