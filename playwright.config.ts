import { defineConfig } from '@playwright/test'

/**
 * E2E against the production build on its own embedded database (.data/e2e), started and stopped
 * by Playwright. Drives Debian's Chromium: Playwright never downloads a browser here.
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
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
    // A fresh demo database for each run: migrated and seeded like a newcomer's.
    command: `rm -rf ${dataDir} && node_modules/.bin/tsx scripts/autoport.ts demo`,
    url: `${baseURL}/api/health`,
    env: { DATA_DIR: dataDir, PORT: String(port), SERVER_URL: baseURL },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
