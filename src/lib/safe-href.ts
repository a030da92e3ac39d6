/** Returns the URL when it is an absolute http(s) URL, else null: article data never decides a scheme. */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The account page for a validated Twitter handle. */
export function accountHref(handle: string | null): string | null {
  return handle && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? `https://x.com/${handle}` : null;
}
