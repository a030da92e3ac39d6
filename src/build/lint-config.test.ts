// The lint rules that guard the project's shape, checked on small snippets placed where they would
// live, so a config change that silently drops one of them fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './project-root';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId ?? m.message}`);
}

// Loading the config and typescript-eslint takes seconds on a busy machine.
describe('eslint.config.js', { timeout: 60_000 }, () => {
  it('fails a hook with a missing dependency', async () => {
    const code = `import { useEffect } from 'react';
export function Title({ text }: { text: string }) {
  useEffect(() => {
    document.title = text;
  }, []);
  return null;
}
`;
    expect(await rulesHit(code, 'src/components/title.tsx')).toContain('error react-hooks/exhaustive-deps');
  });

  it('keeps the ingest core free of Node, React and the app', async () => {
    for (const source of ['node:fs', 'fs', 'react', '../../features/reader/reader-model', '../../app/router']) {
      const hits = await rulesHit(
        `import * as x from '${source}';\nexport const y = x;\n`,
        'src/ingest/text/example.ts',
      );
      expect(hits, source).toContain('error no-restricted-imports');
    }
    expect(
      await rulesHit(`import { z } from 'zod/mini';\nexport const y = z;\n`, 'src/ingest/text/example.ts'),
    ).toEqual([]);
  });

  it('lets ingest tests read fixtures from disk but not import the app', async () => {
    expect(
      await rulesHit(
        `import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n`,
        'src/ingest/example.test.ts',
      ),
    ).toEqual([]);
    expect(
      await rulesHit(
        `import { x } from '../features/reader/reader-model';\nexport const y = x;\n`,
        'src/ingest/example.test.ts',
      ),
    ).toContain('error no-restricted-imports');
  });

  it('keeps article text out of the DOM as markup', async () => {
    const jsx = `export const P = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n`;
    expect(await rulesHit(jsx, 'src/features/reader/components/example.tsx')).toContain('error no-restricted-syntax');
    const dom = `export const f = (el: HTMLElement, t: string) => {\n  el.innerHTML = t;\n};\n`;
    expect(await rulesHit(dom, 'src/lib/example.ts')).toContain('error no-restricted-syntax');
    const computed = `export const f = (el: HTMLElement, t: string) => {\n  el['innerHTML'] = t;\n};\n`;
    expect(await rulesHit(computed, 'src/lib/example.ts')).toContain('error no-restricted-syntax');
    const parsed = `export const f = (t: string) => new DOMParser().parseFromString(t, 'text/html');\n`;
    expect(await rulesHit(parsed, 'src/lib/example.ts')).toContain('error no-restricted-syntax');
    const safe = `export const f = (el: HTMLElement, t: string) => {\n  el.textContent = t;\n};\n`;
    expect(await rulesHit(safe, 'src/lib/example.ts')).toEqual([]);
  });

  it('stops one feature importing another', async () => {
    const code = `import { useLibrary } from '../../library/api/get-library';\nexport const y = useLibrary;\n`;
    expect(await rulesHit(code, 'src/features/reader/components/example.tsx')).toContain('error no-restricted-imports');
    // Features added later are fenced in too: the list is read from src/features.
    const later = `import { x } from '../../search/api/example';\nexport const y = x;\n`;
    expect(await rulesHit(later, 'src/features/speakers/components/example.tsx')).toContain(
      'error no-restricted-imports',
    );
    expect(
      await rulesHit(
        `import { paths } from '../../../lib/paths';\nexport const y = paths;\n`,
        'src/features/reader/components/example.tsx',
      ),
    ).toEqual([]);
  });
});
