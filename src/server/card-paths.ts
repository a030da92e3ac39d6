/** Where the build writes the link-preview cards (PNG, 1200×630), site-relative. */
export const cardPaths = {
  site: '/cards/verbatim.png',
  article: (slug: string) => `/cards/${slug}/article.png`,
  quote: (slug: string, quoteId: string) => `/cards/${slug}/${quoteId}.png`,
};
