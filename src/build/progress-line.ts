/**
 * A single status line rewritten in place with `\r`, for long runs on a terminal. On anything
 * that is not a TTY (CI logs, pipes, tests) it stays silent, because `\r` only garbles a log.
 */
import { terminalSafe } from './terminal-text';

export interface ProgressLine {
  update(text: string): void;
  /** Erases the line so the next ordinary output starts clean. */
  clear(): void;
}

export function createProgressLine(stream: NodeJS.WriteStream, enabled: boolean): ProgressLine {
  const active = enabled && stream.isTTY === true;
  let shown = false;
  return {
    update(text) {
      if (!active) return;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[2K${terminalSafe(text).slice(0, width)}`);
      shown = true;
    },
    clear() {
      if (!active || !shown) return;
      stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
