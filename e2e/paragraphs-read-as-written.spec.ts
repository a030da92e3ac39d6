import type { Article } from '../src/ingest/schema';
import { articleOf, expect, HARBOUR, HOSTILE, PHONE, SEED, test } from './support';

const GALE = 'brackenford_runway_gale.txt';
const COTTAGE = 'marrow_point_cottage.txt';
/** Our own article with a 70-letter permit number and a 160-character URL, neither with a break point. */
const QUARRY = 'quarry_permit_hearing.txt';

/** Whitespace as the browser lays it out: runs collapse to one space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A block's text with its repaired words put back (the reader shows them repaired; see ingest/repair). */
const withRepairs = (article: Article, block: number, text: string) =>
  (article.repairs ?? [])
    .filter((r) => r.block === block && text.slice(r.start, r.end) === r.original)
    .sort((a, b) => b.start - a.start)
    .reduce((t, r) => t.slice(0, r.start) + r.repaired + t.slice(r.end), text);

/** The blocks the reader shows as paragraphs of text (captions and credits included, share lines not). */
const shownParagraphs = (article: Article) =>
  article.blocks.flatMap((b, i) =>
    b.type === 'paragraph'
      ? [{ i, text: withRepairs(article, i, b.text) }]
      : b.type === 'furniture' && b.kind !== 'navigation'
        ? [{ i, text: b.text }]
        : [],
  );

for (const source of [SEED, HARBOUR, GALE, COTTAGE, HOSTILE, QUARRY]) {
  test(`each paragraph's visible text is the source paragraph's text, with no control or glyph in it (${source})`, async ({
    page,
    request,
  }) => {
    const article = await articleOf(request, source);
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator('article h1')).toBeVisible();
    // Hover and focus a quote first: what they show must stay out of the text too.
    const firstQuote = page.locator('main [data-quote-id]').first();
    if ((await firstQuote.count()) > 0) {
      await firstQuote.hover();
      await firstQuote.focus();
    }
    const paragraphs = shownParagraphs(article);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const { i, text } of paragraphs) {
      const p = page.locator(`article p[data-block="${i}"]`);
      await expect(p, `block ${i}`).toHaveCount(1);
      expect(collapse(await p.innerText()), `block ${i} of ${source}`).toBe(collapse(text));
      // Generated content (::before/::after) is not in innerText: check it is not drawn either.
      const generated = await p.evaluate((el) =>
        [el, ...el.querySelectorAll('*')].flatMap((e) =>
          (['::before', '::after'] as const)
            .map((pseudo) => getComputedStyle(e, pseudo).content)
            .filter((c) => c !== 'none' && c !== 'normal'),
        ),
      );
      expect(generated, `generated glyphs in block ${i}`).toEqual([]);
    }
    await expect(page.locator('article p button, article p svg, article p img, [data-quote-id] button')).toHaveCount(0);
  });
}

test('long words and links wrap: no sideways scroll on a phone or a desktop', async ({ page, request }) => {
  const article = await articleOf(request, QUARRY);
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('article')).toContainText('annex-three-dust-and-noise-monitoring-results.pdf');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scroll at ${viewport.width} px`).toBeLessThanOrEqual(0);
  }
});
