import { privateSite, type PrivateSite } from './site-support';
import { expect, test } from './support';

// Our own article; each test edits it the way a correction would, then re-ingests and rebuilds.
const FILE = 'ferry_timetable.txt';
const ARTICLE = (quote: string, speaker: string) => ` date 2026-11-20 from Lena Hartwig

The island ferry will keep its winter timetable after all, the operator said on Thursday.

The operator's director, ${speaker}, said the crossings would not be cut. “${quote}” ${speaker.split(' ').at(-1)} said.

Passengers had feared the loss of the early boat, which carries most of the island's pupils.
`;
const QUOTE = 'We will keep every crossing this winter, including the early boat that takes the children to school.';

let site: PrivateSite;
// Each test ingests and prerenders twice, with the real CLIs.
test.describe.configure({ timeout: 180_000 });
test.beforeEach(async () => {
  site = await privateSite();
});
test.afterEach(async () => {
  await site.close();
});

/** Publishes the first version, copies the quote's link with the copy button, returns the link. */
async function copiedLink(page: import('@playwright/test').Page, context: import('@playwright/test').BrowserContext) {
  await site.publish(FILE, ARTICLE(QUOTE, 'Mirja Koskinen'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const index = await (await fetch(`${site.url}/data/index.json`)).json();
  const slug: string = index.articles[0].slug;
  await page.goto(`${site.url}/articles/${slug}`);
  const quote = page.locator('[data-quote-id][data-first="true"]').filter({ hasText: 'early boat' });
  await expect(quote).toHaveCount(1);
  await quote.hover();
  await page.getByRole('button', { name: /^Copy link to this quote/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/quotes/');
  return link;
}

test('a shared link still finds its quote after a word in it is corrected, marked as edited', async ({
  page,
  context,
}) => {
  const link = await copiedLink(page, context);
  await site.publish(FILE, ARTICLE(QUOTE.replace('every crossing', 'each crossing'), 'Mirja Koskinen'));

  const oldPage = await fetch(link);
  expect(oldPage.status, 'the old quote page is gone from the rebuilt site').toBe(404);
  await page.goto(link);
  const active = page.locator('[data-active="true"]');
  await expect(active).toContainText('each crossing');
  await expect(active).toHaveAttribute('data-speaker-id', /koskinen/);
  const notice = page.locator('[role="status"], [role="alert"]').filter({ hasText: 'edited' });
  await expect(notice).toContainText('edited since this link was shared');
  await expect(page.getByText('no longer in the article')).toHaveCount(0);

  await notice.getByText('Show the wording then and now').click();
  await expect(notice).toContainText('The link was made for: “We will keep every crossing');
  await expect(notice).toContainText('Now: “We will keep each crossing');
});

test('a shared link still finds its quote after the speaker’s name is respelled', async ({ page, context }) => {
  const link = await copiedLink(page, context);
  await site.publish(FILE, ARTICLE(QUOTE, 'Mirja Koskinnen'));

  await page.goto(link);
  const active = page.locator('[data-active="true"]');
  await expect(active).toContainText('every crossing this winter');
  await expect(active).toHaveAttribute('data-speaker-id', /koskinnen/);
  await expect(page.locator('[role="status"], [role="alert"]').filter({ hasText: 'edited' })).toContainText(
    'speaker’s name was edited',
  );
});

test('a shared link whose quote was removed says so and offers the speaker’s other quotes', async ({
  page,
  context,
}) => {
  const link = await copiedLink(page, context);
  const other = 'The timetable for the summer will be announced in March.';
  await site.publish(FILE, ARTICLE(other, 'Mirja Koskinen'));

  await page.goto(link);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no longer in the article');
  await expect(alert.getByRole('link', { name: /summer will be announced/ })).toBeVisible();
  await expect(page.locator('[data-active="true"]')).toHaveCount(0);
});
