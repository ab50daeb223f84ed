/**
 * `npm test`: every test of the project. Installs Debian's Chromium when it is missing, runs the
 * vitest projects (unit, int on the embedded PostgreSQL) and the Playwright e2e suite against a
 * production build, then prints `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { summarize } from './lib/testSummary'

const results = path.resolve('.data/test-results')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }

function sh(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status ?? 1
}

function ensureChromium(): void {
  if (existsSync(chromium)) return
  console.log(`Chromium not found at ${chromium}: installing Debian's chromium package…`)
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (...args: string[]) =>
    process.getuid?.() === 0 ? sh('apt-get', args, aptEnv) : sh('sudo', ['apt-get', ...args], aptEnv)
  if (apt('install', '-y', 'chromium') !== 0 && (apt('update') !== 0 || apt('install', '-y', 'chromium') !== 0)) {
    throw new Error('Could not install chromium with apt-get; install it or set CHROMIUM_PATH.')
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function main() {
  ensureChromium()
  rmSync(results, { recursive: true, force: true })
  const bin = (name: string) => path.join('node_modules', '.bin', name)

  sh(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(results, 'vitest.json')}`,
  ])
  sh(bin('playwright'), ['test'], {
    E2E_PORT: String(await freePort()),
    PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'playwright.json'),
  })

  const totals = summarize(results)
  const missing = 2 - totals.files.length
  const failed = totals.failed + Math.max(0, missing)
  console.log(`${totals.passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
