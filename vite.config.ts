import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const port = Number(process.env.PORT) || 4173;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  preview: { port, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
