import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from './project-root';

// An include that names nothing hides a file the typecheck was meant to cover, or one long gone.
it('tsconfig.json includes only paths that exist', () => {
  const { include } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };
  expect(include.filter((path) => !existsSync(join(PROJECT_ROOT, path)))).toEqual([]);
});
