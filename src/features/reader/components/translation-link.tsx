/**
 * The link between a quote that gives a tweet in translation and the tweet (see
 * ingest/translation/link-translations.ts): a line under each pointing to the other, and both
 * highlighted together while either line is hovered or focused.
 */

const noteId = (quoteId: string) => `translation-${quoteId}`;

/** Marks (or unmarks) the quote's runs, its note and the tweet as one pair. */
function pair(quoteId: string, tweetId: string, on: boolean) {
  const els = [
    ...document.querySelectorAll(`main [data-quote-id="${CSS.escape(quoteId)}"]`),
    document.getElementById(noteId(quoteId)),
    document.getElementById(tweetId),
  ];
  for (const el of els) {
    if (on) el?.setAttribute('data-paired', 'true');
    else el?.removeAttribute('data-paired');
  }
}

const pairHandlers = (quoteId: string, tweetId: string) => ({
  onMouseEnter: () => pair(quoteId, tweetId, true),
  onMouseLeave: () => pair(quoteId, tweetId, false),
  onFocus: () => pair(quoteId, tweetId, true),
  onBlur: () => pair(quoteId, tweetId, false),
});

/** Under the paragraph holding the quote. */
export function QuoteTranslationNote({
  quoteId,
  tweetId,
  tweetBelow,
}: {
  quoteId: string;
  tweetId: string;
  tweetBelow: boolean;
}) {
  return (
    <p id={noteId(quoteId)} className="translation-note">
      <a href={`#${tweetId}`} {...pairHandlers(quoteId, tweetId)}>
        Translated from the tweet {tweetBelow ? 'below' : 'above'}
      </a>
    </p>
  );
}

/** Under the tweet's words. */
export function TweetTranslationNote({
  quoteId,
  tweetId,
  quoteAbove,
}: {
  quoteId: string;
  tweetId: string;
  quoteAbove: boolean;
}) {
  return (
    <p className="translation-note">
      <a href={`#${noteId(quoteId)}`} {...pairHandlers(quoteId, tweetId)}>
        Quoted in translation {quoteAbove ? 'above' : 'below'}
      </a>
    </p>
  );
}
