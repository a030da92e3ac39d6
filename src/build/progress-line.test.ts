// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createProgressLine } from './progress-line';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = {
    isTTY,
    columns: 30,
    write: (chunk: string) => writes.push(chunk) > 0,
  } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('createProgressLine', () => {
  it('rewrites one line in place on a terminal, cut to its width, and erases it', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgressLine(stream, true);
    progress.update('ingesting 1/60 a-very-long-file-name-indeed.txt');
    progress.clear();
    expect(writes).toEqual(['\r\x1b[2Kingesting 1/60 a-very-long-fi', '\r\x1b[2K']);
  });

  it('writes nothing when the output is not a terminal, or when disabled', () => {
    for (const [isTTY, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const { stream, writes } = fakeStream(isTTY);
      const progress = createProgressLine(stream, enabled);
      progress.update('ingesting 1/60 a.txt');
      progress.clear();
      expect(writes).toEqual([]);
    }
  });
});
