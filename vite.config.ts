import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { verbatim } from './src/build/vite-plugin-verbatim.ts';

const port = Number(process.env.PORT) || 4173;

export default defineConfig({
  // verbatim() reads SEEDS_DIR (default seeds/) and serves or emits /data/*.json.
  plugins: [
    react(),
    tailwindcss(),
    verbatim(),
    // React Router 7's `exports` resolve only its development build, dev warnings included
    // (remix-run/react-router#14102); builds take dist/production (~0.6 kB gzip less on first load).
    {
      name: 'react-router-production-build',
      apply: 'build',
      config: () => ({
        resolve: {
          alias: [{ find: /^react-router$/, replacement: new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url).pathname }],
        },
      }),
    },
  ],
  // dist/.vite/manifest.json: which files each module became, read by `npm run size` (size-cli.ts).
  build: { manifest: true },
  preview: { port, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
