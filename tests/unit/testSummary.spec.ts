import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readRun, summarize, type Run } from '../../scripts/lib/testSummary'

// Reports recorded from real vitest 4 and Playwright runs of small suites built to fail each way.
const recorded = (name: string) => path.resolve('tests/unit/fixtures/test-reports', name)
const vitest = (report: string, exitCode: number | null, name = 'unit'): Run => ({
  name,
  runner: 'vitest',
  exitCode,
  report: recorded(report),
})
const playwright = (report: string, exitCode: number | null): Run => ({
  name: 'e2e',
  runner: 'playwright',
  exitCode,
  report: recorded(report),
})

describe('test summary', () => {
  it('counts a clean run and closes with the plain line CI reads', () => {
    const summary = summarize([vitest('vitest-ok.json', 0)])
    expect(summary.ok).toBe(true)
    expect(summary.lines).toEqual(['unit: 2 passed, 0 failed, 0 skipped', '2 passed, 0 failed, 0 skipped'])
  })

  it('counts failing tests', () => {
    expect(readRun(vitest('vitest-fail.json', 1))).toEqual({
      name: 'unit',
      passed: 1,
      failed: 1,
      skipped: 0,
      problems: [],
    })
  })

  it('shows skipped and todo tests', () => {
    const summary = summarize([vitest('vitest-skip.json', 0)])
    expect(summary.ok).toBe(true)
    expect(summary.lines.at(-1)).toBe('1 passed, 0 failed, 2 skipped')
  })

  it('counts a suite whose beforeAll threw as failed, with its file named', () => {
    const result = readRun(vitest('vitest-beforeall.json', 1))
    expect(result).toMatchObject({ passed: 2, failed: 1, skipped: 2 })
    expect(result.problems).toEqual([expect.stringMatching(/beforeall\/a\.spec\.ts failed outside its tests/)])
  })

  it('counts a file that cannot load as failed, with the reason', () => {
    const result = readRun(vitest('vitest-load.json', 1))
    expect(result).toMatchObject({ passed: 2, failed: 1 })
    expect(result.problems[0]).toMatch(
      /load\/a\.spec\.ts failed outside its tests: Cannot find module '\.\/missing-module'/,
    )
  })

  it('fails a run whose global setup threw (exit 1, a report with 0 tests)', () => {
    const summary = summarize([vitest('vitest-ok.json', 0), vitest('vitest-global-setup-threw.json', 1, 'int')])
    expect(summary.ok).toBe(false)
    expect(summary.lines).toEqual([
      'unit: 2 passed, 0 failed, 0 skipped',
      'int: 0 passed, 1 failed, 0 skipped',
      '  ✗ int: 0 tests ran',
      '  ✗ int: vitest exited 1',
      '2 passed, 1 failed, 0 skipped',
    ])
  })

  it('fails a runner that wrote no report, and one killed by a signal', () => {
    const missing = readRun({ name: 'int', runner: 'vitest', exitCode: 1, report: recorded('absent.json') })
    expect(missing.failed).toBe(1)
    expect(missing.problems).toEqual(['no report written', 'vitest exited 1'])
    const killed = readRun({
      name: 'e2e',
      runner: 'playwright',
      exitCode: null,
      signal: 'SIGKILL',
      report: recorded('absent.json'),
    })
    expect(killed.problems).toEqual(['no report written', 'playwright killed by SIGKILL'])
  })

  it('fails a layer that ran zero tests even when its runner exited 0', () => {
    const result = readRun({
      name: 'unit',
      runner: 'vitest',
      exitCode: 0,
      report: recorded('vitest-global-setup-threw.json'),
    })
    expect(result).toMatchObject({ failed: 1, problems: ['0 tests ran'] })
  })

  it('counts Playwright passes, failures and skips', () => {
    expect(readRun(playwright('playwright-mixed.json', 1))).toEqual({
      name: 'e2e',
      passed: 1,
      failed: 1,
      skipped: 1,
      problems: [],
    })
  })

  it('fails an empty e2e folder and a web server that did not start, saying why', () => {
    expect(readRun(playwright('playwright-no-tests.json', 1)).problems).toEqual([
      'Error: No tests found',
      '0 tests ran',
      'playwright exited 1',
    ])
    const server = readRun(playwright('playwright-web-server-failed.json', 1))
    expect(server.failed).toBe(1)
    expect(server.problems[0]).toBe('Error: Process from config.webServer was not able to start. Exit code: 3')
  })

  it('does not trust an exit code of 0 over a report with failures', () => {
    expect(readRun(vitest('vitest-fail.json', 0)).problems).toEqual(['vitest exited 0 despite failures'])
  })

  it('names a failed build or seed step and counts it', () => {
    const summary = summarize([{ name: 'build', runner: 'step', exitCode: 1 }, vitest('vitest-ok.json', 0)])
    expect(summary.ok).toBe(false)
    expect(summary.lines).toEqual([
      'build: FAILED',
      '  ✗ build: failed (exited 1)',
      'unit: 2 passed, 0 failed, 0 skipped',
      '2 passed, 1 failed, 0 skipped',
    ])
  })

  it('never reports success when nothing ran', () => {
    const summary = summarize([])
    expect(summary.ok).toBe(false)
    expect(summary.lines.at(-1)).toBe('0 passed, 1 failed, 0 skipped')
  })
})

describe('runs that never started', () => {
  it('fails an expected run that left no record, by name', () => {
    const summary = summarize([vitest('vitest-ok.json', 0)], ['unit', 'e2e'])
    expect(summary.ok).toBe(false)
    expect(summary.lines).toEqual([
      'unit: 2 passed, 0 failed, 0 skipped',
      'e2e: 0 passed, 1 failed, 0 skipped',
      '  ✗ e2e: did not run',
      '2 passed, 1 failed, 0 skipped',
    ])
  })
})
