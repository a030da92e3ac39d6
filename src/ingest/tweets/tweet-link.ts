/** Which links an embed may carry: Twitter/X media and status links only, always as https. */
const TWITTER_LINK =
  /^(?:https?:\/\/)?(?:www\.|mobile\.)?(pic\.twitter\.com\/[A-Za-z0-9]{4,20}|t\.co\/[A-Za-z0-9]{4,20}|(?:twitter|x)\.com\/[A-Za-z0-9_]{1,15}\/status(?:es)?\/\d{1,25})\/?(?:\?[A-Za-z0-9=&_%.-]*)?$/;

/** `pic.twitter.com/abc` → `https://pic.twitter.com/abc`; anything else → null. */
export function normaliseTweetLink(raw: string): string | null {
  const m = TWITTER_LINK.exec(raw);
  return m?.[1] ? `https://${m[1]}` : null;
}

/** True for a token that was meant as a link (so a bad one deserves a warning, not silence). */
export function looksLikeLink(token: string): boolean {
  // A scheme needs something after it: "javascript:alert(1)" is a link, "tonight:" is a word.
  return /^(?:[a-z][a-z0-9+.-]*:\S|(?:www\.|pic\.)?(?:twitter|x)\.com\/|t\.co\/)/i.test(token);
}
