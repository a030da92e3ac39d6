// @vitest-environment node
// A file name is whatever the file system allows: a newline would forge a line of the report, an
// escape sequence would act on the terminal. The CLI prints them as visible escapes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';

it('the ingest CLI prints file names with newlines and escape sequences safely', { timeout: 60_000 }, async () => {
  const seeds = await tempDir();
  await writeFixtures(seeds, GOOD_FILES);
  const article = GOOD_FILES['good_harbour.txt'] ?? '';
  await writeFile(join(seeds, 'forged\nok      all-good.txt'), article);
  await writeFile(join(seeds, 'clear\x1b[2Jscreen.txt'), '');
  await writeFile(join(seeds, 'bidi\u202etxt.exe.txt'), article);
  const run = await runCli('ingest-cli.ts', ['--seeds', seeds, '--out', await tempDir()]);
  expect(run.code).toBe(0);
  expect(run.output).not.toContain('\x1b');
  expect(run.output).not.toContain('\u202e');
  expect(run.stdout.split('\n').filter((line) => line.startsWith('ok      all-good.txt'))).toEqual([]);
  expect(run.stdout).toContain('ok      forged\\nok      all-good.txt: ');
  expect(run.stdout).toContain('FAILED  clear\\e[2Jscreen.txt: empty file');
  expect(run.stdout).toContain('bidi\\u{202e}txt.exe.txt');
});
