import { PHONE, SEED, articleOf, expect, shot, test } from './support';

// What the seed's first tweet reads once repaired, in the order the words come (the rest of the
// tweet keeps the translation pipeline's English leftovers, which are no French to repair).
const REPAIRED = ['Commençons', 'bâtir une réponse', 'd’éviter la guerre, de construire les éléments de confiance'];

test('the French tweet reads with its accents restored, each repaired word marked with the text as published, and the switch shows it as published', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, SEED);
  await page.goto(`/articles/${article.slug}`);
  const tweet = page.locator('figure[data-tweet-handle="EmmanuelMacron"] blockquote').first();
  await expect(tweet).toHaveAttribute('lang', 'fr');

  const text = (await tweet.innerText()).replace(/\s+/g, ' ');
  let at = 0;
  for (const part of REPAIRED) {
    const found = text.indexOf(part, at);
    expect(found, `"${part}" after offset ${at} in: ${text}`).toBeGreaterThanOrEqual(0);
    at = found + part.length;
  }

  const word = tweet.locator('[data-repair-of="rponse"]').first();
  await expect(word).toHaveText('réponse');
  await expect(tweet.locator('[data-repair-of="d? Viter"]')).toHaveText('d’éviter');
  await expect(tweet.locator('[data-repair-of="Commenons"]')).toHaveText('Commençons');

  // Focused (Tab, click or tap) or hovered, the word swaps in place to the text as published: its own text
  // steps aside for it, in the flow of the line, so nothing is drawn over the words around it.
  const lineHeight = (await tweet.boundingBox())!.height;
  await word.focus();
  const swapped = await word.evaluate((e) => {
    const after = getComputedStyle(e, '::after');
    return {
      content: after.content,
      position: after.position,
      wordShown: getComputedStyle(e.querySelector('.repaired-word')!).visibility !== 'hidden',
    };
  });
  expect(swapped.content).toContain('rponse');
  expect(swapped.position).toBe('static');
  expect(swapped.wordShown).toBe(false);
  await expect(word).toHaveAttribute('aria-describedby', /.+/);
  const note = page.locator(`[id="${await word.getAttribute('aria-describedby')}"]`);
  await expect(note).toHaveText('as published: rponse');
  expect(Math.abs((await tweet.boundingBox())!.height - lineHeight)).toBeLessThan(30);
  await shot(page, 'reader-repaired-tweet-desktop');
  await word.blur();
  expect(await word.evaluate((e) => getComputedStyle(e, '::after').content)).toBe('none');
  // Hovered, it swaps too, and its box does not shrink (a word shrinking from under the pointer flickers).
  const restWidth = (await word.boundingBox())!.width;
  await word.hover();
  expect(await word.evaluate((e) => getComputedStyle(e, '::after').content)).toContain('rponse');
  expect((await word.boundingBox())!.width).toBeGreaterThanOrEqual(restWidth - 0.5);
  await page.mouse.move(0, 0);
  await word.click();
  expect(await word.evaluate((e) => getComputedStyle(e, '::after').content)).toContain('rponse');
  await word.blur();

  const toggle = page.getByRole('switch', { name: 'Show as published' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(word).toHaveText('rponse');
  const published = (await tweet.innerText()).replace(/\s+/g, ' ');
  expect(published).toContain('Commenons btir une rponse');
  expect(published).toContain('d? Viter la guerre, de construire les lments de confiance');
  await toggle.click();
  await expect(word).toHaveText('réponse');

  await page.setViewportSize(PHONE);
  await tweet.scrollIntoViewIfNeeded();
  await word.click();
  expect(await word.evaluate((e) => getComputedStyle(e, '::after').content)).toContain('rponse');
  await shot(page, 'reader-repaired-tweet-phone');
});

test('English text around the tweet is never repaired', async ({ request }) => {
  const article = await articleOf(request, SEED);
  const tweetBlocks = new Set(article.blocks.flatMap((b, i) => (b.type === 'tweet' ? [i] : [])));
  expect(article.repairs?.length).toBeGreaterThan(0);
  for (const r of article.repairs ?? []) expect(tweetBlocks.has(r.block), `${r.original} → ${r.repaired}`).toBe(true);
});

test('the English quote of the tweet and the tweet point to each other and light up together', async ({
  page,
  request,
}) => {
  const article = await articleOf(request, SEED);
  const quote = article.quotes.find((q) => q.translationOf);
  expect(quote, 'a quote linked to its tweet').toBeTruthy();
  await page.goto(`/articles/${article.slug}`);
  const toTweet = page.getByRole('link', { name: 'Translated from the tweet below' });
  const toQuote = page.getByRole('link', { name: 'Quoted in translation above' });
  await expect(toTweet).toHaveCount(1);
  await expect(toQuote).toHaveCount(1);
  const tweet = page.locator(`figure[id="${quote!.translationOf}"]`);
  await expect(tweet).toContainText('Commençons');

  await toTweet.hover();
  await expect(tweet).toHaveAttribute('data-paired', 'true');
  await expect(page.locator(`main [data-quote-id="${quote!.id}"]`).first()).toHaveAttribute('data-paired', 'true');
  await shot(page, 'reader-translation-pair-desktop');

  await toQuote.click();
  await expect(page).toHaveURL(new RegExp(`#translation-${quote!.id}$`));
});
