import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { verbatim } from './src/build/vite-plugin-verbatim.ts';

const port = Number(process.env.PORT) || 4173;

export default defineConfig({
  // verbatim() reads SEEDS_DIR (default seeds/) and serves or emits /data/*.json.
  plugins: [
    react(),
    tailwindcss(),
    verbatim(),
    // Offline and installable (issue 12): the service worker is src/sw/service-worker.ts; the page
    // registers it itself, after load (src/features/offline), so nothing is added to the first visit.
    // The service worker's offline fallback for pages it has not kept: the built index.html before
    // the prerender fills it (empty #root, so the app renders the route from cached data instead of
    // hydrating another page's markup).
    {
      name: 'verbatim-app-shell',
      apply: 'build',
      enforce: 'post',
      generateBundle(_options, bundle) {
        const html = bundle['index.html'];
        if (html?.type === 'asset') this.emitFile({ type: 'asset', fileName: 'app-shell.html', source: html.source });
      },
    },
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        id: '/',
        name: 'Verbatim',
        short_name: 'Verbatim',
        description: 'News articles with their quotes highlighted and attributed, readable offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0369a1',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // The shell: every chunk (lazy ones too, so an old page never asks for a chunk a new version
        // removed), the CSS, the favicon, and the library index with its first page in each order
        // (src/ingest/library/data-files.ts); the manifest and its icons are
        // added by the plugin. Article data and pages are kept when read. Not index.html: the
        // prerender rewrites it after this manifest is made, so its revision would lie.
        globPatterns: [
          'app-shell.html',
          'assets/*.{js,css,woff2}',
          'favicon.svg',
          'data/index.json',
          'data/library/*/0.json',
        ],
        // The ingest worker's word lists (1.2 MB), like its dictionaries (.aff/.dic, not matched
        // above), are fetched only when an article in their language is added.
        globIgnores: ['assets/word-list-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    // React Router 7's `exports` resolve only its development build, dev warnings included
    // (remix-run/react-router#14102); builds take dist/production (~0.6 kB gzip less on first load).
    {
      name: 'react-router-production-build',
      apply: 'build',
      config: () => ({
        resolve: {
          alias: [
            {
              find: /^react-router$/,
              replacement: new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url).pathname,
            },
          ],
        },
      }),
    },
  ],
  // dist/.vite/manifest.json: which files each module became, read by `npm run size` (size-cli.ts).
  build: { manifest: true },
  // The ingest worker (a module worker) imports each language's word list as a chunk of its own,
  // on first use (src/lib/word-frequency-lists.ts); the default IIFE format would inline them all.
  // Named word-list-*.js, so the service worker leaves them out of its precache (below).
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/@zxcvbn-ts/'))
            ? 'assets/word-list-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { port, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
