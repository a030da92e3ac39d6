import { describe, expect, it } from 'vitest';
import { fillShell } from './prerender-site';

// The shell as a formatter may write it: the description and the entry script over several lines.
const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="The app's default description."
    />
    <title>Verbatim</title>
    <script
      type="module"
      crossorigin
      src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('fillShell', () => {
  const page = { status: 200, html: '<main>Text</main>', state: null };
  const html = fillShell(SHELL, '<title>A page</title>\n<meta name="description" content="The page\'s own." />', page);

  it("leaves one description, the page's own, whatever the shell's line breaks", () => {
    expect(html.match(/<meta\s+name="description"/g)).toHaveLength(1);
    expect(html).toContain("The page's own.");
    expect(html).not.toContain("The app's default description.");
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('loads the entry script at low priority and puts the page inside the root', () => {
    expect(html).toMatch(/<script type="module" fetchpriority="low" crossorigin\s+src="\/assets\/index-abc\.js"/);
    expect(html).toContain('<div id="root"><main>Text</main></div>');
  });
});
