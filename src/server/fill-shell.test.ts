import { describe, expect, it } from 'vitest';
import type { PageState } from '../app/page-state';
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
  const state: PageState = { loaderData: { '0': null }, sources: [[['article', 'a'], '/data/articles/a.json']] };
  const page = { status: 200, html: '<main>Text</main>', state };
  const html = fillShell(SHELL, '<title>A page</title>\n<meta name="description" content="The page\'s own." />', page);

  it("leaves one description, the page's own, whatever the shell's line breaks", () => {
    expect(html.match(/<meta\s+name="description"/g)).toHaveLength(1);
    expect(html).toContain("The page's own.");
    expect(html).not.toContain("The app's default description.");
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('loads the entry script after the first paint and puts the page inside the root', () => {
    expect(html).toContain('<script data-entry="/assets/index-abc.js">');
    expect(html).not.toContain('type="module"');
    expect(html).toContain('<div id="root"><main>Text</main></div>');
  });

  it('hands over the names of the data files, not their data', () => {
    const block = /<script type="application\/json" id="verbatim-state">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(block!)).toEqual(state);
  });

  it('gives an error page no state, so the browser renders it afresh', () => {
    expect(fillShell(SHELL, '<title>Not found</title>', { ...page, state: null })).not.toContain('verbatim-state');
  });
});
