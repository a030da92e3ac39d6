import { articleOf, expect, HARBOUR, test } from './support';

test('a quote copies as text with attribution, Markdown or a citation, and goes to the share sheet', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A browser with a share sheet: record what it is given.
  await page.addInitScript(() => {
    (window as unknown as { shared: ShareData[] }).shared = [];
    navigator.share = async (data?: ShareData) =>
      void (window as unknown as { shared: ShareData[] }).shared.push(data ?? {});
  });
  const article = await articleOf(request, HARBOUR);
  const quote = article.quotes.find((q) => q.kind === 'direct' && q.speakerId)!;
  const speaker = article.speakers.find((s) => s.id === quote.speakerId)!;
  await page.goto(`/articles/${article.slug}/quotes/${quote.id}`);
  const card = page.getByRole('region', { name: 'The quote you opened' });
  await card.getByText('Copy as…').click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await card.getByRole('button', { name: 'Text with attribution' }).click();
  await expect(card.getByRole('status')).toHaveText('Copied: Text with attribution.');
  const text = await clipboard();
  expect(text.startsWith(`“${quote.text}” — ${speaker.name}`)).toBe(true);
  expect(text).toContain(`in ${article.title}`);
  expect(text).toMatch(new RegExp(`<http://localhost:\\d+/articles/${article.slug}/quotes/${quote.id}\\?w=`));

  await card.getByRole('button', { name: 'Markdown' }).click();
  await expect.poll(clipboard).toMatch(new RegExp(`^> .+\\n>\\n> — \\*\\*${speaker.name}\\*\\*`));

  const surname = article.author!.split(' ').at(-1)!;
  await card.getByRole('button', { name: 'APA citation' }).click();
  await expect.poll(clipboard).toMatch(new RegExp(`^${surname}, [A-Z]\\. \\(\\d{4}, `));
  await card.getByRole('button', { name: 'MLA citation' }).click();
  await expect.poll(clipboard).toContain(`“${article.title}`);
  await card.getByRole('button', { name: 'Chicago citation' }).click();
  await expect.poll(clipboard).toMatch(/Verbatim, [A-Z][a-z]+ \d+, \d{4}\./);

  await card.getByRole('button', { name: 'Share…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared[0]?.url).toContain(`/quotes/${quote.id}`);
  expect(shared[0]?.text).toContain(speaker.name);
});
