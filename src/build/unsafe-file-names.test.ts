// @vitest-environment node
// A file name is whatever the file system allows: a newline would forge a line of the report, an
// escape sequence would act on the terminal. The CLI and the dev server print them as visible escapes.
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, createServer } from 'vite';
import { expect, it } from 'vitest';
import { GOOD_FILES, writeFixtures } from './test-support/hostile-fixtures';
import { runCli } from './test-support/run-cli';
import { tempDir } from './test-support/temp-dir';
import { verbatim } from './vite-plugin-verbatim';

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

it('the dev server logs an added and a deleted file with such a name safely', { timeout: 60_000 }, async () => {
  const seeds = await tempDir();
  await writeFixtures(seeds, GOOD_FILES);
  const root = await tempDir();
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const lines: string[] = [];
  const logger = createLogger('info', { allowClearScreen: false });
  logger.info = (msg) => void lines.push(msg);
  logger.warn = (msg) => void lines.push(msg);
  const server = await createServer({
    configFile: false,
    root,
    mode: 'development',
    customLogger: logger,
    plugins: [verbatim({ seedsDir: seeds })],
    server: { port: 0, host: '127.0.0.1' },
  });
  try {
    await server.listen();
    const name = 'evil\nok      forged\x1b[2J.txt';
    await writeFile(join(seeds, name), GOOD_FILES['good_harbour.txt'] ?? '');
    const seen = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !lines.some((l) => pattern.test(l)); i++) await new Promise((r) => setTimeout(r, 100));
      return lines.find((l) => pattern.test(l));
    };
    expect(await seen(/\[verbatim\] add /)).toContain('evil\\nok      forged\\e[2J.txt');
    await unlink(join(seeds, name));
    expect(await seen(/\[verbatim\] unlink /)).toContain('unlink evil\\nok      forged\\e[2J.txt');
    expect(lines.join('\n')).not.toContain('\x1b');
  } finally {
    await server.close();
  }
});
