/** Prints `N passed, N failed` over the reports in a folder; exits 1 when anything failed. */
import { summarize } from './lib/testSummary'

const dir = process.argv[2] ?? '.data/test-results'
const expected = Number(process.argv[3] ?? 0)
const totals = summarize(dir)
// A runner that crashed before writing its report is a failure too.
const missing = Math.max(0, expected - totals.files.length)
console.log(`${totals.passed} passed, ${totals.failed + missing} failed`)
process.exit(totals.failed + missing > 0 || totals.passed === 0 ? 1 : 0)
