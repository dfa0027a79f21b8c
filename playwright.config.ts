import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive the system's Chromium (Debian's package), never a downloaded one:
 * CHROMIUM_PATH overrides where it is. They run against the built app served by `vite preview`.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Ceilings for a busy two-core machine, not speed budgets: a passing wait returns at once.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  // Most of a browser test is waiting (page loads, WebCrypto, lazy chunks), so two workers halve the
  // suite even on two cores; E2E_WORKERS=1 runs it serially.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
