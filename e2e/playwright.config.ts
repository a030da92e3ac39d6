import { defineConfig, devices } from '@playwright/test';
import { e2eOutDir, e2eSeedsDir, projectRoot } from './seeds-dir';

const port = Number(process.env.E2E_PORT) || 4179;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `npx tsx e2e/setup-seeds.ts && npx vite build --outDir ${e2eOutDir} --emptyOutDir && npx vite preview --outDir ${e2eOutDir} --port ${port} --strictPort`,
    cwd: projectRoot,
    url: `http://localhost:${port}/data/index.json`,
    env: { SEEDS_DIR: e2eSeedsDir, PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
