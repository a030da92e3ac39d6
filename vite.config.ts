import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { verbatim } from './src/build/vite-plugin-verbatim';

const port = Number(process.env.PORT) || 4173;

export default defineConfig({
  // verbatim() reads SEEDS_DIR (default seeds/) and serves or emits /data/*.json.
  plugins: [react(), tailwindcss(), verbatim()],
  preview: { port, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
