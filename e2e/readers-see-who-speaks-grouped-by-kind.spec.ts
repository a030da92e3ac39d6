import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Article, Speaker } from '../src/ingest/schema';
import { applyTheme, articleOf, expect, HARBOUR, libraryIndex, PHONE, SEED, shot, test } from './support';

/** Our own invented article: a named person, an airline, and police, a council spokesperson and residents. */
const GALE = 'brackenford_runway_gale.txt';

const HEADINGS: Record<Speaker['kind'], string> = {
  person: 'People',
  organisation: 'Organisations',
  unnamed: 'Unnamed sources',
};
const inText = (a: Article) => a.quotes.filter((q) => q.kind !== 'tweet');
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The sidebar's group of speakers under the heading that starts with `heading`. */
const group = (page: Page, heading: string) =>
  page.locator('aside').getByRole('group', { name: new RegExp(`^${heading}`) });

test('the sidebar lists people, organisations and unnamed sources apart, and says how much rests on unnamed sources', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, GALE);
  await page.goto(`/articles/${article.slug}`);

  // What the ingest says, read the way the issue asks for it.
  const byKind = (kind: Speaker['kind']) => article.speakers.filter((s) => s.kind === kind);
  expect(byKind('person').map((s) => s.name)).toContain('Ana Ferreira');
  expect(
    byKind('organisation')
      .map((s) => s.name)
      .join(' | '),
  ).toMatch(/airline|Northwind/i);
  for (const source of [/police/i, /spokesperson for the council/i, /residents/i]) {
    expect(
      byKind('unnamed')
        .map((s) => s.name)
        .join(' | '),
      `${source} is an unnamed source`,
    ).toMatch(source);
  }

  // Three headings, in that order, each counting its speakers, each over the buttons of its own kind.
  const headings = page.locator('aside h3');
  await expect(headings).toHaveText([
    `People (${byKind('person').length})`,
    `Organisations (${byKind('organisation').length})`,
    `Unnamed sources (${byKind('unnamed').length})`,
  ]);
  for (const kind of ['person', 'organisation', 'unnamed'] as const) {
    const ids = await group(page, HEADINGS[kind])
      .locator('button[data-speaker-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker-id')));
    expect(ids, HEADINGS[kind]).toEqual(byKind(kind).map((s) => s.id));
  }

  // The share of the article's quotes that rest on unnamed sources, as the data has it.
  const unnamedIds = new Set(byKind('unnamed').map((s) => s.id));
  const onUnnamed = inText(article).filter((q) => q.speakerId && unnamedIds.has(q.speakerId)).length;
  expect(onUnnamed).toBeGreaterThanOrEqual(3);
  await expect(group(page, 'Unnamed sources')).toContainText(
    `${onUnnamed} of ${plural(inText(article).length, 'quote')} rest on unnamed sources`,
  );

  // The police quote is the police's in the text too, and its tooltip says what kind of source that is.
  const police = byKind('unnamed').find((s) => /police/i.test(s.name))!;
  const policeQuote = page.locator('main [data-quote-id]').filter({ hasText: 'Two cars were struck' }).first();
  await expect(policeQuote).toHaveAttribute('data-speaker-id', police.id);
  await policeQuote.hover();
  await expect(page.getByRole('group', { name: /^Quote by / })).toHaveAccessibleName(/police.*unnamed source/i);
  await shot(page, 'reader-grouped-desktop');
});

test('each sidebar entry links to the speaker’s page across the library', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  await page.goto(`/articles/${article.slug}`);
  for (const s of article.speakers) {
    const entry = page.locator('aside li').filter({ has: page.locator(`button[data-speaker-id="${s.id}"]`) });
    await expect(entry.getByRole('link', { name: `All quotes by ${s.name} in the library` })).toHaveAttribute(
      'href',
      `/speakers/${encodeURIComponent(s.id)}`,
    );
  }
});

test('choosing an unnamed source filters the article like choosing a person', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  const council = article.speakers.find((s) => /spokesperson for the council/i.test(s.name));
  expect(council?.kind).toBe('unnamed');
  await page.goto(`/articles/${article.slug}`);
  const button = group(page, 'Unnamed sources').locator(`button[data-speaker-id="${council!.id}"]`);
  await button.click();

  await expect(page).toHaveURL(new RegExp(`\\?speaker=${council!.id}$`));
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const theirs = page.locator(`main [data-quote-id][data-speaker-id="${council!.id}"]`);
  await expect(theirs).not.toHaveCount(0);
  for (const q of await theirs.all()) await expect(q).not.toHaveAttribute('data-dimmed', 'true');
  for (const q of await page.locator(`main [data-quote-id]:not([data-speaker-id="${council!.id}"])`).all()) {
    await expect(q).toHaveAttribute('data-dimmed', 'true');
  }
  const list = page.getByRole('navigation', { name: /^Quotes by .*spokesperson/i }).getByRole('link');
  await expect(list).toHaveCount(inText(article).filter((q) => q.speakerId === council!.id).length);
});

test('only kinds that have speakers get a heading, and quotes without a speaker are counted, not hidden', async ({
  page,
  request,
}) => {
  for (const source of [SEED, HARBOUR, GALE]) {
    const article = await articleOf(request, source);
    await page.goto(`/articles/${article.slug}`);
    const kinds = (['person', 'organisation', 'unnamed'] as const).filter((k) =>
      article.speakers.some((s) => s.kind === k),
    );
    await expect(page.locator('aside h3'), source).toHaveText(
      kinds.map((k) => new RegExp(`^${HEADINGS[k]} \\(\\d+\\)$`)),
    );

    const known = new Set(article.speakers.map((s) => s.id));
    const without = inText(article).filter((q) => !(q.speakerId && known.has(q.speakerId))).length;
    const line = page.locator('aside').getByText(/quotes? without a speaker/);
    if (without === 0) await expect(line, source).toHaveCount(0);
    else await expect(line, source).toHaveText(`${plural(without, 'quote')} without a speaker (in grey).`);
  }
});

test('the library claims no more than the data holds', async ({ page, request }) => {
  const index = await libraryIndex(request);
  const quotes = index.articles.reduce((n, a) => n + a.quoteCount, 0);
  await page.goto('/');
  const intro = page.getByRole('heading', { level: 1, name: 'Library' }).locator('xpath=following-sibling::p[1]');
  await expect(intro).toHaveText(`${plural(index.articles.length, 'article')} · ${plural(quotes, 'quote')}`);
  await expect(page.locator('meta[name="description"]')).not.toHaveAttribute('content', /every quote/i);
});

test('the phone drawer shows the same groups', async ({ page, request }) => {
  const article = await articleOf(request, GALE);
  await page.setViewportSize(PHONE);
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole('button', { name: /^Speakers/ }).click();
  for (const heading of ['People', 'Unnamed sources']) await expect(group(page, heading)).toBeVisible();
  await expect(group(page, 'Unnamed sources').locator('button[data-speaker-id]').first()).toBeVisible();
  await shot(page, 'reader-grouped-phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the grouped sidebar passes axe, filtered and in the phone drawer (${theme})`, async ({ page, request }) => {
    const article = await articleOf(request, GALE);
    const speaker = article.speakers.find((s) => s.kind === 'unnamed') ?? article.speakers[0]!;
    await applyTheme(page, theme);
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${where} in ${theme}`,
      ).toEqual([]);
    };
    await page.goto(`/articles/${article.slug}?speaker=${speaker.id}`);
    await expect(page.locator('main h1')).toBeVisible();
    await check('filtered');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: /^Speakers/ }).click();
    await expect(page.locator('aside h3').first()).toBeVisible();
    await check('phone drawer');
  });
}
