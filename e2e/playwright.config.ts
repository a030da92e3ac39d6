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
    // The production path: build, prerender every page, and serve with the real server (npm start's).
    command: `npx tsx e2e/setup-seeds.ts && npx vite build --outDir ${e2eOutDir} --emptyOutDir && npx tsx src/server/prerender-cli.ts ${e2eOutDir} && npx tsx src/server/start-server.ts ${e2eOutDir}`,
    cwd: projectRoot,
    url: `http://localhost:${port}/data/index.json`,
    env: { SEEDS_DIR: e2eSeedsDir, PORT: String(port), SITE_URL: `http://localhost:${port}` },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
