/** Every route path in one place: patterns for the router, builders for links. */
export const paths = {
  library: { pattern: '/', href: () => '/' },
  article: {
    pattern: '/articles/:slug',
    href: (slug: string, speakers: readonly string[] = []) =>
      `/articles/${encodeURIComponent(slug)}${speakerQuery(speakers)}`,
  },
  quote: {
    pattern: '/articles/:slug/quotes/:quoteId',
    href: (slug: string, quoteId: string, speakers: readonly string[] = []) =>
      `/articles/${encodeURIComponent(slug)}/quotes/${encodeURIComponent(quoteId)}${speakerQuery(speakers)}`,
  },
  /** Every quote by one speaker across the library. */
  speaker: {
    pattern: '/speakers/:speakerId',
    href: (speakerId: string) => `/speakers/${encodeURIComponent(speakerId)}`,
  },
  search: { pattern: '/search' },
} as const;

/** The filter query string: one `speaker` parameter per chosen speaker. */
export function speakerQuery(speakers: readonly string[]): string {
  if (speakers.length === 0) return '';
  const params = new URLSearchParams();
  for (const s of speakers) params.append('speaker', s);
  return `?${params}`;
}

/** Where data files are served from (their paths under /data/ are in src/ingest/library/data-files.ts). */
export const dataUrls = {
  index: '/data/index.json',
  article: (slug: string) => `/data/articles/${encodeURIComponent(slug)}.json`,
};
