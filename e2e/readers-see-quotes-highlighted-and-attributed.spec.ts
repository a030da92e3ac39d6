import { articleOf, expect, HARBOUR, PHONE, SEED, shot, slugOf, speakerButton, test } from './support';

test('the seed shows Macron’s and Putin’s quotes highlighted with the right speaker', async ({ page, request }) => {
  await page.goto(`/articles/${await slugOf(request, SEED)}`);
  const macron = await speakerButton(page, 'Macron').getAttribute('data-speaker-id');
  const putin = await speakerButton(page, 'Putin').getAttribute('data-speaker-id');
  expect(macron).toBeTruthy();
  expect(putin).toBeTruthy();

  const quote = (words: string) => page.locator('main [data-quote-id]').filter({ hasText: words }).first();
  await expect(quote('I see how much effort')).toHaveAttribute('data-speaker-id', putin!);
  await expect(quote('telephone exchanges')).toHaveAttribute('data-speaker-id', macron!);
  await expect(quote('this dialogue is necessary')).toHaveAttribute('data-speaker-id', macron!);
  await expect(quote('this dialogue is necessary')).toHaveAttribute('data-kind', /reported|unmarked|direct/);

  // Hover says who spoke, in the margin beside the quote (initials, and the name for assistive tech).
  await quote('I see how much effort').hover();
  const actions = page.getByRole('group', { name: /^Quote by / });
  await expect(actions).toHaveAccessibleName(/Putin/);
  await expect(actions).toContainText('VP');
});

test('the seed’s two tweets are cards with handle, date and text', async ({ page, request }) => {
  await page.goto(`/articles/${await slugOf(request, SEED)}`);
  await expect(page.locator('h1')).toBeVisible();
  const cards = page.locator('[data-tweet-handle="EmmanuelMacron"]');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    await expect(card.locator('time')).toHaveAttribute('datetime', '2022-02-07');
    await expect(card.locator('time')).toHaveText('February 7, 2022');
    await expect(card.getByRole('link', { name: '@EmmanuelMacron' })).toHaveAttribute(
      'href',
      'https://x.com/EmmanuelMacron',
    );
  }
  await expect(cards.first()).toContainText('Ensemble');
  await expect(cards.first().locator('a[href*="pic.twitter.com"], a[href*="x.com"]').last()).toHaveAttribute(
    'rel',
    'noopener noreferrer nofollow',
  );
  await expect(page.locator('iframe, script[src*="twitter"], script[src*="x.com"]')).toHaveCount(0);
  await shot(page, 'reader-desktop');

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await shot(page, 'reader-phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
});

test('tweet text keeps its language and renders hashtags, mentions and links from stored entities', async ({
  page,
  request,
}) => {
  const seed = await articleOf(request, SEED);
  await page.goto(`/articles/${seed.slug}`);
  const french = seed.tweets.find((t) => t.lang && !t.lang.startsWith(seed.language));
  expect(french, 'a tweet in another language than the article').toBeDefined();
  await expect(page.locator(`[data-tweet-handle] blockquote[lang="${french!.lang}"]`)).not.toHaveCount(0);
  await expect(page.locator('article > p[lang]')).toHaveCount(0);

  const harbour = await articleOf(request, HARBOUR);
  await page.goto(`/articles/${harbour.slug}`);
  const card = page.locator('[data-tweet-handle="ElleryHarbour"]');
  await expect(card).toHaveCount(1);
  const tweet = harbour.tweets[0]!;
  expect(tweet.entities.length).toBeGreaterThan(0);
  for (const entity of tweet.entities) {
    const link = card.getByRole('link', { name: entity.text, exact: true });
    await expect(link).toHaveAttribute('href', entity.href);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expect(link).toHaveAttribute('target', '_blank');
  }
  await expect(card.getByRole('link', { name: /View the picture/ })).toHaveAttribute('href', /^https:\/\//);
});
