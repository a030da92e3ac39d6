import { articleOf, expect, PHONE, shot, test } from './support';

const COTTAGE = 'marrow_point_cottage.txt';
const HEADLINE = "Keepers' cottage on Marrow Point to become a museum, council decides";
// Names that stand only in captions, credits and bylines: none of them is a speaker or a mention.
const CLUTTER_NAMES = [
  'Petra Lindqvist',
  'Lindqvist',
  'Ingrid Solberg',
  'Solberg',
  'Jonas Vik',
  'Getty',
  'Coastline Post',
  'Social Sharing',
];

test('page clutter stays out of the story: no speakers from credits, the headline as title, captions as captions', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, COTTAGE);
  expect(article.title).toBe(HEADLINE);
  const names = [...article.speakers, ...article.mentions].map((s) => s.name).join(' | ');
  for (const name of CLUTTER_NAMES) expect(names).not.toContain(name);
  expect(article.speakers.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Anneliese Brandvold', 'Thomas Greve', 'Marta Ekholm']),
  );
  // Kept in the JSON as written, each with its kind.
  const furniture = article.blocks.flatMap((b) => (b.type === 'furniture' ? [`${b.kind}: ${b.text}`] : []));
  expect(furniture).toEqual(
    expect.arrayContaining([
      'byline: By Ingrid Solberg, Coastline Post',
      'navigation: Article continued below',
      'navigation: Story continues below advertisement',
      'caption: The cottage stands at the end of a gravel road that floods at high tide. (Petra Lindqvist/Coastline Post)',
      'credit: Getty Images',
    ]),
  );

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  const sidebar = page.locator('aside');
  await expect(sidebar.locator('button[data-speaker-id]').first()).toBeVisible();
  for (const name of CLUTTER_NAMES) await expect(sidebar).not.toContainText(name);

  // Captions are small and quiet beside the body text; share and "continued below" lines are not read at all.
  const main = page.locator('main');
  const caption = main.locator('[data-furniture="caption"]').first();
  await expect(caption).toHaveText(/gravel road that floods at high tide\. \(Petra Lindqvist\/Coastline Post\)$/);
  const body = main.locator('article p:not([data-furniture])').filter({ hasText: 'Brandvold said volunteers' });
  const size = (el: typeof caption) => el.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size(caption)).toBeLessThan(await size(body));
  for (const line of [
    'Article continued below',
    'Story continues below advertisement',
    'Social Sharing',
    'Share on Facebook',
    'Duration 2:14',
  ]) {
    await expect(main.getByText(line, { exact: true })).toHaveCount(0);
  }
  // A credit's name is never marked as a quote's speaker.
  await expect(main.locator('[data-quote-id]', { hasText: 'Lindqvist' })).toHaveCount(0);

  await caption.scrollIntoViewIfNeeded();
  await shot(page, 'reader-furniture-desktop');
  await page.setViewportSize(PHONE);
  await caption.scrollIntoViewIfNeeded();
  await shot(page, 'reader-furniture-phone');
});
