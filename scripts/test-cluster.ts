/**
 * `npm run test:cluster`: the scale-out check (tests/cluster). Builds if the build is stale, then
 * runs the `cluster` vitest project, which creates a throwaway database on the PostgreSQL server
 * (CLUSTER_PG_SERVER, default postgres://postgres@127.0.0.1:5432), seeds it, and starts two
 * `npm start` instances with REDIS_URL (CLUSTER_REDIS_URL, default redis://127.0.0.1:6379) and
 * JOBS_RUNNER=worker, one `npm run worker` and a proxy, on ports CLUSTER_BASE_PORT (4400)…+9.
 * The run is recorded as `cluster` in .data/test-results/runs.json like scripts/test.ts's runs
 * (`--append` keeps the runs already there, as CI does after `npm test`).
 *
 *   tsx scripts/test-cluster.ts [--append]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { summarize, type Run } from './lib/testSummary'

const { values } = parseArgs({ options: { append: { type: 'boolean', default: false } } })
const results = path.resolve('.data/test-results')
const runsFile = path.join(results, 'runs.json')
const report = path.join(results, 'cluster.json')
const bin = (name: string) => path.join('node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function sh(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  return { exitCode: result.error ? 127 : result.status, signal: result.signal }
}

const runs: Run[] = values.append && existsSync(runsFile) ? JSON.parse(readFileSync(runsFile, 'utf8')) : []
mkdirSync(results, { recursive: true })
rmSync(report, { force: true })

// The instances serve the production build; the test's own database is not the build's concern.
const build = sh(bin('tsx'), ['scripts/autoport.ts', 'build', '--if-stale'])
if (build.exitCode !== 0) {
  console.error('cluster: the build failed, nothing to test')
  runs.push({ name: 'cluster', runner: 'step', ...build })
} else {
  const outcome = sh(bin('vitest'), [
    'run',
    '--project',
    'cluster',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  runs.push({ name: 'cluster', runner: 'vitest', report, ...outcome })
}
writeFileSync(runsFile, JSON.stringify(runs, null, 2))

const summary = summarize(runs.filter((run) => run.name === 'cluster'))
console.log(`\n${summary.lines.join('\n')}`)
process.exit(summary.ok ? 0 : 1)
