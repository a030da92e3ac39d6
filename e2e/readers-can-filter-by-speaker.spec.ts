import { articleOf, expect, HARBOUR, PHONE, SEED, shot, slugOf, speakerButton, test } from './support';

for (const [source, name] of [
  [SEED, 'Putin'],
  [HARBOUR, 'Olsen'],
] as const) {
  test(`choosing ${name} keeps only their quotes highlighted, in the URL, and Back restores (${source})`, async ({
    page,
    request,
  }) => {
    const article = await articleOf(request, source);
    await page.goto(`/articles/${article.slug}`);
    const button = speakerButton(page, name);
    const id = (await button.getAttribute('data-speaker-id'))!;
    await button.click();

    await expect(page).toHaveURL(new RegExp(`\\?speaker=${id}$`));
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const theirs = page.locator(`main [data-quote-id][data-speaker-id="${id}"]`);
    const others = page.locator(`main [data-quote-id]:not([data-speaker-id="${id}"])`);
    expect(await theirs.count()).toBeGreaterThan(0);
    for (const q of await theirs.all()) await expect(q).not.toHaveAttribute('data-dimmed', 'true');
    for (const q of await others.all()) await expect(q).toHaveAttribute('data-dimmed', 'true');

    // The list of their quotes, in order, each a way to jump there.
    const list = page.getByRole('navigation', { name: new RegExp(`Quotes by .*${name}`) }).getByRole('link');
    await expect(list).toHaveCount(article.quotes.filter((q) => q.speakerId === id).length);
    if (source === SEED) {
      await page.evaluate(() =>
        document.querySelector('main [data-quote-id]:not([data-dimmed])')?.scrollIntoView({ block: 'center' }),
      );
      await shot(page, 'reader-filtered-desktop');
    }

    await page.goBack();
    await expect(page).toHaveURL(`/articles/${article.slug}`);
    await expect(page.locator('main [data-dimmed="true"]')).toHaveCount(0);

    await page.goForward();
    await expect(page.locator('main [data-dimmed="true"]')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect(page).toHaveURL(`/articles/${article.slug}`);
  });
}

test('a shared filtered link opens filtered, and the phone shows speakers in a sheet', async ({ page, request }) => {
  const slug = await slugOf(request, SEED);
  await page.setViewportSize(PHONE);
  await page.goto(`/articles/${slug}`);
  const sheetButton = page.getByRole('button', { name: /^Speakers/ });
  await expect(sheetButton).toBeVisible();
  await expect(page.locator('aside button[data-speaker-id]').first()).toBeHidden();
  await sheetButton.click();
  const putin = speakerButton(page, 'Putin');
  await expect(putin).toBeVisible();
  await putin.click();
  await expect(page).toHaveURL(/speaker=/);
  await shot(page, 'reader-filtered-phone');
  const url = page.url();
  await page.goto(url);
  await expect(page.locator('main [data-dimmed="true"]')).not.toHaveCount(0);
});
