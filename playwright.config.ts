import { defineConfig } from '@playwright/test'

/**
 * E2E against the production build on its own embedded database (.data/e2e), started and stopped
 * by Playwright. Run it through `npm run test:e2e` (scripts/test.ts), which builds and seeds first.
 * Drives Debian's Chromium: Playwright never downloads a browser here.
 */
const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://localhost:${port}`
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous on purpose: the suite must pass on a busy 2-core machine, where the admin's first
  // visits compile nothing but still take seconds each (a 60 s budget was exceeded at load 15).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '.data/e2e-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  },
  webServer: {
    // `npm test` (scripts/test.ts) has already built the app and seeded this database: the server
    // only has to start, so its timeout is not spent on work that belongs to steps of their own.
    command: 'node_modules/.bin/tsx scripts/autoport.ts start',
    url: `${baseURL}/api/health`,
    env: { DATA_DIR: dataDir, PORT: String(port), SERVER_URL: baseURL },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
