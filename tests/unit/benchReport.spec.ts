import { describe, expect, it } from 'vitest'

import {
  coldSearchPath,
  evaluateBudgets,
  formatReport,
  parseBenchArgs,
  percentile,
  summarize,
  type RunResult,
} from '../../scripts/lib/benchReport'
import { SEARCH_PATH } from '../../scripts/lib/benchRequests'

const result = (overrides: Partial<RunResult>): RunResult => ({
  size: 10_000,
  scenario: 'search warm',
  connections: 50,
  requests: 1000,
  rps: 200,
  p50: 40,
  p95: 90,
  p99: 120,
  errors: 0,
  ...overrides,
})

describe('bench arithmetic', () => {
  it('takes nearest-rank percentiles', () => {
    const times = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(times, 50)).toBe(50)
    expect(percentile(times, 95)).toBe(95)
    expect(percentile(times, 99)).toBe(99)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 95)).toBe(0)
  })

  it('summarizes a run: unsorted times, rate over the wall time, non-2xx and timeouts as errors', () => {
    const summary = summarize({ size: 1000, scenario: 'REST list', connections: 10 }, [30, 10, 20, 40], {
      errors: 1,
      timeouts: 2,
      non2xx: 3,
      seconds: 2,
    })
    expect(summary).toEqual({
      size: 1000,
      scenario: 'REST list',
      connections: 10,
      requests: 4,
      rps: 2,
      p50: 20,
      p95: 40,
      p99: 40,
      errors: 6,
    })
  })

  it('varies the cold search by one euro per request and keeps the other filters', () => {
    const first = new URL(coldSearchPath(SEARCH_PATH, 1), 'http://x')
    const second = new URL(coldSearchPath(SEARCH_PATH, 2), 'http://x')
    expect(first.searchParams.get('priceMax')).toBe('79999')
    expect(second.searchParams.get('priceMax')).toBe('79998')
    expect(first.searchParams.getAll('body')).toEqual(['suv', 'estate', 'sedan'])
    expect(first.searchParams.get('sort')).toBe('price_asc')
    expect(first.pathname).toBe('/vehicles')
    // Never zero or negative, however long the run.
    expect(Number(new URL(coldSearchPath(SEARCH_PATH, 79_999), 'http://x').searchParams.get('priceMax'))).toBe(80_000)
  })
})

describe('bench arguments', () => {
  it('defaults to 1k, 10k and 100k vehicles', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [1000, 10_000, 100_000],
      duration: 20,
      connections: 50,
      coldConnections: 1,
      json: null,
    })
  })

  it('reads the options', () => {
    expect(
      parseBenchArgs(['--vehicles', '1000', '--duration', '5', '--connections', '10', '--json', 'out.json']),
    ).toMatchObject({ sizes: [1000], duration: 5, connections: 10, json: 'out.json' })
    expect(parseBenchArgs(['--vehicles', '1000,10000']).sizes).toEqual([1000, 10_000])
  })

  it('refuses what it cannot use, saying why', () => {
    expect(() => parseBenchArgs(['--vehicles', '1k'])).toThrow('--vehicles takes positive whole numbers')
    expect(() => parseBenchArgs(['--duration', '0'])).toThrow('--duration takes positive whole numbers')
    expect(() => parseBenchArgs(['--json'])).toThrow('--json needs a value')
    expect(() => parseBenchArgs(['--vehicle', '10'])).toThrow('Unknown argument "--vehicle"')
  })
})

describe('budgets', () => {
  const passing = [
    result({ scenario: 'search warm', p95: 120 }),
    result({ scenario: 'search cold', connections: 1, p50: 40, p95: 80 }),
    result({ scenario: 'REST list', rps: 150, p95: 300 }),
    result({ scenario: 'GraphQL list', rps: 150, p95: 300 }),
    result({ size: 100_000, scenario: 'search cold', connections: 1, p95: 200 }),
    result({ size: 100_000, scenario: 'REST list', p95: 600 }),
    result({ size: 100_000, scenario: 'GraphQL list', p95: 600 }),
  ]

  it('are met when every figure is within its limit', () => {
    const verdicts = evaluateBudgets(passing, 100 * 1024)
    expect(verdicts.map((v) => [v.budget, v.met])).toEqual([
      ['search warm p95 < 150 ms at 50 connections, 10k vehicles', true],
      ['search cold (uncached) p95 < 100 ms, 10k vehicles', true],
      ['search cold (uncached) p95 < 250 ms, 100k vehicles', true],
      ['REST list ≥ 100 req/s and p95 < 500 ms, 10k vehicles', true],
      ["REST list at 100k: no errors and p95 ≤ 2× the 10k's", true],
      ['GraphQL list ≥ 100 req/s and p95 < 500 ms, 10k vehicles', true],
      ["GraphQL list at 100k: no errors and p95 ≤ 2× the 10k's", true],
      ['search page first-load JS ≤ 120 kB gzip', true],
    ])
  })

  it('are not met past a limit, with errors, or when 100k grows beyond twice 10k', () => {
    const failing = passing.map((r) =>
      r.size === 100_000 && r.scenario === 'REST list'
        ? { ...r, p95: 601 }
        : r.size === 100_000 && r.scenario === 'GraphQL list'
          ? { ...r, errors: 1 }
          : r.scenario === 'search warm'
            ? { ...r, p95: 150 }
            : r.scenario === 'REST list'
              ? { ...r, rps: 99 }
              : r,
    )
    const verdicts = evaluateBudgets(failing, 121 * 1024)
    const notMet = verdicts.filter((v) => v.met === false).map((v) => v.budget)
    expect(notMet).toEqual([
      'search warm p95 < 150 ms at 50 connections, 10k vehicles',
      'REST list ≥ 100 req/s and p95 < 500 ms, 10k vehicles',
      "REST list at 100k: no errors and p95 ≤ 2× the 10k's",
      "GraphQL list at 100k: no errors and p95 ≤ 2× the 10k's",
      'search page first-load JS ≤ 120 kB gzip',
    ])
  })

  it('say n/a where the run cannot tell, and skip sizes not run', () => {
    const verdicts = evaluateBudgets(
      [result({ connections: 10 }), result({ size: 100_000, scenario: 'REST list' })],
      null,
    )
    expect(verdicts.map((v) => v.met)).toEqual([null, null])
    expect(evaluateBudgets([result({ size: 1000 })], null)).toEqual([])
  })
})

describe('report', () => {
  it('prints one aligned table and the budgets', () => {
    const text = formatReport(
      [
        result({ size: 1000, scenario: 'search warm', rps: 812.4, p50: 51, p95: 93.2, p99: 140, requests: 16248 }),
        result({
          size: 1000,
          scenario: 'search cold',
          connections: 1,
          rps: 30.6,
          p50: 28,
          p95: 41,
          p99: 55,
          requests: 612,
        }),
      ],
      [{ budget: 'search page first-load JS ≤ 120 kB gzip', measured: '101.3 kB', met: true }],
    )
    expect(text.split('\n')).toEqual([
      'vehicles  scenario     conn  requests  req/s  p50 ms  p95 ms  p99 ms  errors',
      '--------  -----------  ----  --------  -----  ------  ------  ------  ------',
      '1k        search warm    50     16248    812      51      93     140       0',
      '1k        search cold     1       612     31      28      41      55       0',
      '',
      'Budgets (errors include non-2xx answers):',
      '  met      search page first-load JS ≤ 120 kB gzip: 101.3 kB',
    ])
  })
})
