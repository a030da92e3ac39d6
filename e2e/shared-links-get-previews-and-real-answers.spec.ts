/** What a link-preview bot, a search engine or `curl` gets from the production server. */
import { articleOf, expect, HARBOUR, test } from './support';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1] ?? null;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('a quote URL answers real HTML with the quote, its speaker and its own preview tags and card', async ({
  request,
}) => {
  const article = await articleOf(request, HARBOUR);
  const quote = article.quotes.find((q) => q.kind === 'direct' && q.speakerId)!;
  const speaker = article.speakers.find((s) => s.id === quote.speakerId)!;
  const res = await request.get(`/articles/${article.slug}/quotes/${quote.id}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/html');
  expect(res.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['cache-control']).toBe('no-cache');
  const html = await res.text();
  const words = quote.text.split(/\s+/).slice(0, 5).join(' ');
  expect(html).toContain(words.replace(/&/g, '&amp;'));
  expect(html).toContain(speaker.name);
  expect(html).toMatch(new RegExp(`<title>${speaker.name}: “`));
  expect(meta(html, 'og:title')).toContain(article.title);
  expect(meta(html, 'og:description')).toContain(words);
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'og:type')).toBe('article');
  const image = meta(html, 'og:image')!;
  expect(image).toMatch(/^http:\/\/localhost:\d+\/cards\//);

  const card = await request.get(image);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
});

test('unknown pages and missing files get a real 404, never the app’s HTML for a script', async ({ request }) => {
  const page = await request.get('/no/such/page');
  expect(page.status()).toBe(404);
  expect(await page.text()).toContain('We could not find that');
  const script = await request.get('/assets/missing.js');
  expect(script.status()).toBe(404);
  expect(script.headers()['content-type']).not.toContain('html');
  expect((await request.get('/data/articles/no-such-article.json')).status()).toBe(404);
});

test('hashed assets are cached for good and sent precompressed', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // A prerendered page names its entry module in the loader that starts it after the first paint.
  const script = /<script data-entry="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const res = await request.get(script!, { headers: { 'Accept-Encoding': 'br' } });
  expect(res.headers()['cache-control']).toContain('immutable');
  expect(res.headers()['content-encoding']).toBe('br');
});

test('robots.txt and the sitemap list the pages with absolute addresses', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  const article = await articleOf(request, HARBOUR);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/articles/${article.slug}/quotes/${article.quotes[0]!.id}</loc>`);
});
