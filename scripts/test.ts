/**
 * `npm test`: every test of the project, layer by layer, then an honest summary.
 *
 *   tsx scripts/test.ts [--only unit,int,e2e] [--as NAME] [--append]
 *
 * unit and int are vitest projects; e2e first builds the app and seeds its own embedded database
 * (each a step whose failure is reported as such), so Playwright's web server only has to start.
 * Every runner's exit code and JSON report are recorded in .data/test-results/runs.json; the
 * summary (scripts/lib/testSummary.ts) fails a runner that crashed, wrote no report or ran no test.
 * `--append` adds to the runs already recorded (CI runs the int layer a second time on a server).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { summarize, type Run } from './lib/testSummary'

const LAYERS = ['unit', 'int', 'e2e'] as const
type Layer = (typeof LAYERS)[number]

const results = path.resolve('.data/test-results')
const runsFile = path.join(results, 'runs.json')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
}
const bin = (name: string) => path.join('node_modules', '.bin', name)

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv) {
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  const seconds = Math.round((Date.now() - started) / 1000)
  return { exitCode: result.error ? 127 : result.status, signal: result.signal, seconds }
}

function ensureChromium(): boolean {
  if (existsSync(chromium)) return true
  console.log(`Chromium not found at ${chromium}: installing Debian's chromium package…`)
  const aptEnv = { ...baseEnv, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (...args: string[]) =>
    (process.getuid?.() === 0 ? sh('apt-get', args, aptEnv) : sh('sudo', ['apt-get', ...args], aptEnv)).exitCode === 0
  if (apt('install', '-y', 'chromium') || (apt('update') && apt('install', '-y', 'chromium'))) return true
  console.error('Could not install chromium with apt-get; install it or set CHROMIUM_PATH.')
  return false
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function vitestLayer(layer: 'unit' | 'int', name: string): Run {
  const report = path.join(results, `${name}.json`)
  const outcome = sh(bin('vitest'), [
    'run',
    '--project',
    layer,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  console.log(`${name}: vitest finished in ${outcome.seconds} s`)
  return { name, runner: 'vitest', report, ...outcome }
}

/** Build, seed, then Playwright against `next start` on the seeded database (.data/e2e). */
async function e2eLayer(name: string): Promise<Run[]> {
  const runs: Run[] = []
  const step = (stepName: string, args: string[], env: NodeJS.ProcessEnv) => {
    console.log(`\n${stepName}: tsx scripts/autoport.ts ${args.join(' ')}`)
    const outcome = sh(bin('tsx'), ['scripts/autoport.ts', ...args], env)
    console.log(`${stepName}: ${outcome.exitCode === 0 ? 'done' : 'FAILED'} in ${outcome.seconds} s`)
    runs.push({ name: stepName, runner: 'step', ...outcome })
    return outcome.exitCode === 0
  }
  if (!ensureChromium()) return [{ name: 'chromium', runner: 'step', exitCode: 1 }]

  const port = await freePort()
  const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e')
  // The e2e app always runs on its own embedded database, never on a server a developer exported.
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATA_DIR: dataDir,
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
  }
  delete env.DATABASE_URL
  rmSync(dataDir, { recursive: true, force: true })

  if (!step('build', ['build', '--if-stale'], env)) return runs
  if (!step('seed', ['seed'], env)) return runs

  const report = path.join(results, `${name}.json`)
  const outcome = sh(bin('playwright'), ['test'], {
    ...env,
    E2E_PORT: String(port),
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  })
  console.log(`${name}: playwright finished in ${outcome.seconds} s`)
  runs.push({ name, runner: 'playwright', report, ...outcome })
  return runs
}

function recordedRuns(append: boolean): Run[] {
  if (!append || !existsSync(runsFile)) return []
  return JSON.parse(readFileSync(runsFile, 'utf8')) as Run[]
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, as: { type: 'string' }, append: { type: 'boolean', default: false } },
  })
  const layers = (values.only?.split(',') ?? [...LAYERS]).map((layer) => layer.trim())
  const unknown = layers.filter((layer) => !LAYERS.includes(layer as Layer))
  if (unknown.length > 0 || (values.as && layers.length !== 1)) {
    console.error(`usage: tsx scripts/test.ts [--only ${LAYERS.join(',')}] [--as NAME (one layer)] [--append]`)
    return 2
  }

  const runs = recordedRuns(values.append)
  if (!values.append) rmSync(results, { recursive: true, force: true })
  mkdirSync(results, { recursive: true })
  for (const layer of layers as Layer[]) {
    const name = values.as ?? layer
    if (layer === 'e2e') runs.push(...(await e2eLayer(name)))
    else runs.push(vitestLayer(layer, name))
    writeFileSync(runsFile, JSON.stringify(runs, null, 2))
  }

  const summary = summarize(runs)
  console.log(`\n${summary.lines.join('\n')}`)
  return summary.ok ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message)
    process.exit(1)
  },
)
