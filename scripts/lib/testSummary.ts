import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads what each test runner left behind (its exit code and JSON report) and says, without
 * flattering anyone, how the run went. A runner that crashed, wrote no report, ran no test or failed
 * in its setup is a failure with a named reason, never a silent zero.
 */

export type Run = {
  /** The name printed in front of its line: unit, int, e2e, build, seed… */
  name: string
  /** `step` is a command with no tests (build, seed): only its exit code counts. */
  runner: 'vitest' | 'playwright' | 'step'
  /** null when the process was killed by a signal. */
  exitCode: number | null
  signal?: string | null
  /** The JSON report the runner was asked to write. */
  report?: string
}

export type RunResult = {
  name: string
  passed: number
  failed: number
  skipped: number
  /** Why the run failed beyond failing tests, one reason per line. */
  problems: string[]
}

export type Summary = {
  results: RunResult[]
  passed: number
  failed: number
  skipped: number
  ok: boolean
  lines: string[]
}

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests?: number
  numTodoTests?: number
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[]
}

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  errors?: { message?: string }[]
}

const shortPath = (file: string) =>
  file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file

const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0]?.slice(0, 200) ?? ''

function readReport<T>(file: string | undefined): T | undefined {
  if (!file || !existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

function countVitest(report: VitestReport, result: RunResult): void {
  result.passed = report.numPassedTests
  result.failed = report.numFailedTests
  result.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // A file that fails to load, or whose beforeAll throws, has no failing test of its own: its tests
  // are skipped or absent. It is a failure all the same.
  for (const file of report.testResults ?? []) {
    const failingTest = file.assertionResults?.some((test) => test.status === 'failed')
    if (file.status === 'failed' && !failingTest) {
      result.failed += 1
      const reason = firstLine(file.message) || 'a hook failed before its tests ran'
      result.problems.push(`${shortPath(file.name)} failed outside its tests: ${reason}`)
    }
  }
}

function countPlaywright(report: PlaywrightReport, result: RunResult): void {
  result.passed = report.stats.expected + report.stats.flaky
  result.failed = report.stats.unexpected
  result.skipped = report.stats.skipped
  for (const error of report.errors ?? []) result.problems.push(firstLine(error.message) || 'runner error')
}

export function readRun(run: Run): RunResult {
  const result: RunResult = { name: run.name, passed: 0, failed: 0, skipped: 0, problems: [] }
  const exited = run.exitCode === null ? `killed by ${run.signal ?? 'a signal'}` : `exited ${run.exitCode}`

  if (run.runner === 'step') {
    if (run.exitCode !== 0) {
      result.failed = 1
      result.problems.push(`failed (${exited})`)
    }
    return result
  }

  const report = readReport<VitestReport & PlaywrightReport>(run.report)
  if (!report) result.problems.push('no report written')
  else if (run.runner === 'vitest') countVitest(report, result)
  else countPlaywright(report, result)

  if (report && result.passed + result.failed === 0) result.problems.push('0 tests ran')
  // A non-zero exit explained by failing tests needs no second mention.
  if (run.exitCode !== 0 && result.failed === 0) result.problems.push(`${run.runner} ${exited}`)
  if (run.exitCode === 0 && result.failed > 0) result.problems.push(`${run.runner} exited 0 despite failures`)
  // Whatever went wrong must show in the failed count, even when no single test failed.
  if (result.problems.length > 0 && result.failed === 0) result.failed = 1
  return result
}

const counts = ({ passed, failed, skipped }: { passed: number; failed: number; skipped: number }) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`

/** `expected` names runs that must be there: one that never ran is a failure, not a silence. */
export function summarize(runs: Run[], expected: string[] = []): Summary {
  const missing = expected.filter((name) => !runs.some((run) => run.name === name))
  const results = [
    ...runs.map(readRun),
    ...missing.map((name) => ({ name, passed: 0, failed: 1, skipped: 0, problems: ['did not run'] })),
  ]
  const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, result) => sum + result[key], 0)
  const summary = { passed: total('passed'), failed: total('failed'), skipped: total('skipped') }
  const lines: string[] = []
  for (const result of results) {
    const label =
      runs.find((run) => run.name === result.name)?.runner === 'step'
        ? result.failed
          ? 'FAILED'
          : 'ok'
        : counts(result)
    lines.push(`${result.name}: ${label}`)
    for (const problem of result.problems) lines.push(`  ✗ ${result.name}: ${problem}`)
  }
  if (results.length === 0) {
    lines.push('no test runner ran')
    summary.failed = 1
  }
  // The closing line alone, as CI reads it.
  lines.push(counts(summary))
  return { results, ...summary, ok: summary.failed === 0, lines }
}
