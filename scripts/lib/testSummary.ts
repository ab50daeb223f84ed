import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type Totals = { passed: number; failed: number; files: string[] }

type VitestReport = { numPassedTests: number; numFailedTests: number; numFailedTestSuites?: number }
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] }

/** Adds up the JSON reports every runner wrote into one folder (vitest-*.json, playwright-*.json). */
export function summarize(dir: string): Totals {
  const totals: Totals = { passed: 0, failed: 0, files: [] }
  if (!existsSync(dir)) return totals
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
    totals.files.push(file)
    if (file.startsWith('playwright')) {
      const { stats, errors = [] } = report as PlaywrightReport
      totals.passed += stats.expected + stats.flaky
      totals.failed += stats.unexpected + errors.length
    } else {
      const { numPassedTests, numFailedTests, numFailedTestSuites = 0 } = report as VitestReport
      totals.passed += numPassedTests
      // A file that fails to load has no failed test but must still count as a failure.
      totals.failed += numFailedTests + (numFailedTests === 0 ? numFailedTestSuites : 0)
    }
  }
  return totals
}
