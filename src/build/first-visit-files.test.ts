import { describe, expect, it } from 'vitest';
import { firstVisitFiles, type Manifest } from './first-visit-files';

const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_jsx-b.js'],
    dynamicImports: ['src/app/routes/reader.tsx', 'src/app/routes/library-and-search.tsx'],
    css: ['assets/index-c.css'],
  },
  '_jsx-b.js': { file: 'assets/jsx-b.js' },
  'src/app/routes/reader.tsx': {
    file: 'assets/reader-d.js',
    src: 'src/app/routes/reader.tsx',
    imports: ['_jsx-b.js', '_format-e.js'],
    dynamicImports: ['src/features/reader/components/settings-dialog.tsx'],
  },
  '_format-e.js': { file: 'assets/format-e.js' },
  'src/app/routes/library-and-search.tsx': {
    file: 'assets/library-f.js',
    src: 'src/app/routes/library-and-search.tsx',
  },
  'src/features/reader/components/settings-dialog.tsx': {
    file: 'assets/settings-g.js',
    css: ['assets/settings-h.css'],
  },
};

describe('firstVisitFiles', () => {
  it('takes the entry, the reader route and their static imports and CSS, not lazy chunks', () => {
    expect([...firstVisitFiles(MANIFEST)].sort()).toEqual([
      'assets/format-e.js',
      'assets/index-a.js',
      'assets/index-c.css',
      'assets/jsx-b.js',
      'assets/reader-d.js',
    ]);
  });

  it('says what is missing from a manifest it cannot use', () => {
    expect(() => firstVisitFiles({ 'src/app/routes/reader.tsx': { file: 'r.js' } })).toThrow(
      'the manifest has no entry chunk',
    );
    expect(() => firstVisitFiles({ 'index.html': { file: 'i.js', isEntry: true } })).toThrow(
      'no chunk for src/app/routes/reader.tsx',
    );
  });
});
