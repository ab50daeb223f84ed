/**
 * The bench's arithmetic and its one table (scripts/bench.ts): percentiles from the recorded response
 * times, the budgets of docs/architecture.md (Performance budgets) and their verdicts. Pure.
 */

export const SCENARIOS = ['search warm', 'search cold', 'REST list', 'GraphQL list'] as const
export type Scenario = (typeof SCENARIOS)[number]

export type RunResult = {
  size: number
  scenario: Scenario
  connections: number
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number
}

export type BudgetVerdict = { budget: string; measured: string; met: boolean | null }

export type BenchOptions = {
  sizes: number[]
  duration: number
  connections: number
  coldConnections: number
  json: string | null
}

/** Nearest-rank percentile of ascending times (ms); 0 without any. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export function summarize(
  run: Pick<RunResult, 'size' | 'scenario' | 'connections'>,
  times: number[],
  counts: { errors: number; timeouts: number; non2xx: number; seconds: number },
): RunResult {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    ...run,
    requests: sorted.length,
    rps: counts.seconds > 0 ? sorted.length / counts.seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: counts.errors + counts.timeouts + counts.non2xx,
  }
}

function positiveIntegers(value: string, name: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()))
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--${name} takes positive whole numbers separated by commas, not "${value}"`)
  return numbers
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const known = new Set(['vehicles', 'duration', 'connections', 'cold-connections', 'json'])
  const values = new Map<string, string>()
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const name = arg.startsWith('--') ? arg.slice(2) : null
    if (!name || !known.has(name)) throw new Error(`Unknown argument "${arg}"`)
    const value = argv[index + 1]
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`)
    values.set(name, value)
    index++
  }
  const one = (name: string, fallback: number) => positiveIntegers(values.get(name) ?? String(fallback), name)[0]!
  return {
    sizes: positiveIntegers(values.get('vehicles') ?? '1000,10000,100000', 'vehicles'),
    duration: one('duration', 20),
    connections: one('connections', 50),
    coldConnections: one('cold-connections', 1),
    json: values.get('json') ?? null,
  }
}

/**
 * The cold search's n-th path: the maximum price one euro lower per request, so no two requests share
 * a cached read and each one queries the database.
 */
export function coldSearchPath(basePath: string, n: number, priceMax = 80_000): string {
  const url = new URL(basePath, 'http://bench')
  url.searchParams.set('priceMax', String(priceMax - (n % (priceMax - 1))))
  return `${url.pathname}${url.search}`
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const find = (results: RunResult[], size: number, scenario: Scenario) =>
  results.find((r) => r.size === size && r.scenario === scenario)

/** Budgets at 10k and 100k vehicles, and the search page's first-load JS; sizes not run are skipped. */
export function evaluateBudgets(results: RunResult[], firstLoadJsBytes: number | null): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = []
  const warm = find(results, 10_000, 'search warm')
  if (warm)
    verdicts.push({
      budget: `search warm p95 < 150 ms at 50 connections, 10k vehicles`,
      measured: `${ms(warm.p95)} at ${warm.connections} connections`,
      met: warm.connections < 50 ? null : warm.p95 < 150 && warm.errors === 0,
    })
  for (const [size, limit] of [
    [10_000, 100],
    [100_000, 250],
  ] as const) {
    const cold = find(results, size, 'search cold')
    if (cold)
      verdicts.push({
        budget: `search cold (uncached) p95 < ${limit} ms, ${size / 1000}k vehicles`,
        measured: `p50 ${ms(cold.p50)}, p95 ${ms(cold.p95)} at ${cold.connections} connection(s)`,
        met: cold.p95 < limit && cold.errors === 0,
      })
  }
  for (const scenario of ['REST list', 'GraphQL list'] as const) {
    const at10k = find(results, 10_000, scenario)
    if (at10k)
      verdicts.push({
        budget: `${scenario} ≥ 100 req/s and p95 < 500 ms, 10k vehicles`,
        measured: `${at10k.rps.toFixed(0)} req/s, p95 ${ms(at10k.p95)}`,
        met: at10k.rps >= 100 && at10k.p95 < 500 && at10k.errors === 0,
      })
    const at100k = find(results, 100_000, scenario)
    if (at100k)
      verdicts.push({
        budget: `${scenario} at 100k: no errors and p95 ≤ 2× the 10k's`,
        measured: `${at100k.errors} errors, p95 ${ms(at100k.p95)}${at10k ? ` vs ${ms(at10k.p95)}` : ''}`,
        met: at10k ? at100k.errors === 0 && at100k.p95 <= 2 * at10k.p95 : null,
      })
  }
  if (firstLoadJsBytes !== null)
    verdicts.push({
      budget: 'search page first-load JS ≤ 120 kB gzip',
      measured: `${(firstLoadJsBytes / 1024).toFixed(1)} kB`,
      met: firstLoadJsBytes <= 120 * 1024,
    })
  return verdicts
}

const sizeLabel = (size: number) => (size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size))

export function formatReport(results: RunResult[], budgets: BudgetVerdict[]): string {
  const header = ['vehicles', 'scenario', 'conn', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors']
  const rows = results.map((r) => [
    sizeLabel(r.size),
    r.scenario,
    String(r.connections),
    String(r.requests),
    r.rps.toFixed(0),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    String(r.errors),
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  // Text columns left, numbers right.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd()
  const table = [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
  const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT MET')
  const budgetLines = budgets.map((b) => `  ${verdict(b.met).padEnd(7)}  ${b.budget}: ${b.measured}`)
  return [...table, '', 'Budgets (errors include non-2xx answers):', ...budgetLines].join('\n')
}
