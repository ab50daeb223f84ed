/**
 * Prints the summary of every runner recorded in .data/test-results/runs.json (by `npm test` and
 * any `--append` run after it), plus the steps given as `--step name=exitCode` (CI's lint and
 * format checks), and exits 1 unless all of them passed. A run named in `--expect` that left no
 * record (its runner never started) is a failure, and so is no record at all.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { summarize, type Run } from './lib/testSummary'

const { values } = parseArgs({
  options: {
    step: { type: 'string', multiple: true, default: [] },
    expect: { type: 'string', default: '' },
  },
})
const runsFile = '.data/test-results/runs.json'
const runs: Run[] = existsSync(runsFile) ? JSON.parse(readFileSync(runsFile, 'utf8')) : []
for (const step of values.step) {
  const [name = step, code] = step.split('=')
  runs.push({ name, runner: 'step', exitCode: Number(code ?? 1) })
}
const summary = summarize(runs, values.expect.split(',').filter(Boolean))
console.log(summary.lines.join('\n'))
process.exit(summary.ok ? 0 : 1)
