import { describe, expect, it } from 'vitest';
import { ENTRY_LOADER, loadEntryAfterPaint } from './entry-after-paint';

const SHELL = `<head>
    <script>var theme = 1;</script>
    <script
      type="module"
      crossorigin
      src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>`;

describe('loadEntryAfterPaint', () => {
  const html = loadEntryAfterPaint(SHELL);

  it('replaces the entry module with the fixed loader that carries its address', () => {
    expect(html).toContain(`<script data-entry="/assets/index-abc.js">${ENTRY_LOADER}</script>`);
    expect(html).not.toMatch(/type="module"/);
  });

  it('drops module preloads and keeps the stylesheet and other inline scripts', () => {
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">');
    expect(html).toContain('<script>var theme = 1;</script>');
  });

  /** Runs the loader against a fake document; `paintTiming` says whether the browser reports paints. */
  function runLoader(paintTiming: boolean) {
    const frames: Array<() => void> = [];
    const timers: Array<() => void> = [];
    const observers: Array<(list: { getEntriesByName(name: string): unknown[] }, o: { disconnect(): void }) => void> =
      [];
    const added: Array<{ type: string; src: string }> = [];
    const document = {
      currentScript: { getAttribute: (name: string) => (name === 'data-entry' ? '/assets/index-abc.js' : null) },
      createElement: () => ({ type: '', src: '' }),
      head: { appendChild: (el: { type: string; src: string }) => added.push(el) },
    };
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['mark'];
      constructor(callback: (typeof observers)[number]) {
        observers.push(callback);
      }
      observe() {}
    }
    new Function('window', 'document', 'requestAnimationFrame', 'setTimeout', ENTRY_LOADER)(
      { PerformanceObserver: FakeObserver },
      document,
      (f: () => void) => frames.push(f),
      (f: () => void) => timers.push(f),
    );
    const paint = (name: string) =>
      observers.forEach((o) => o({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect() {} }));
    return { added, paint, frames, timers };
  }

  it('adds the module to the document once the first contentful paint is reported, and only once', () => {
    const { added, paint, frames } = runLoader(true);
    expect(added).toEqual([]);
    expect(frames).toEqual([]);
    paint('first-paint');
    expect(added).toEqual([]);
    paint('first-contentful-paint');
    paint('first-contentful-paint');
    expect(added).toEqual([{ type: 'module', src: '/assets/index-abc.js' }]);
  });

  it('without paint timing, adds it after the first frame', () => {
    const { added, frames, timers } = runLoader(false);
    frames.forEach((f) => f());
    expect(added).toEqual([]);
    timers.forEach((f) => f());
    expect(added).toEqual([{ type: 'module', src: '/assets/index-abc.js' }]);
  });
});
