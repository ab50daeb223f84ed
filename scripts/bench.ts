/**
 * `npm run bench [-- --vehicles 1000,10000,100000 --duration 20 --connections 50]`
 *
 * For each inventory size: a dedicated embedded database (.data/bench-<N>, seeded with the demo data
 * then grown by cloning its vehicles in SQL), the production build served by `next start`, and one
 * autocannon run against the storefront search (3 filters + sort) and one against Payload's REST list
 * with the same query. Prints req/s and p50/p95/p99, the search page's first-load JavaScript (gzip),
 * and the budgets of docs/architecture.md (Performance budgets).
 */
import autocannon from 'autocannon'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { growInventory } from './lib/growInventory'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback
}
const sizes = option('vehicles', '10000').split(',').map(Number)
const duration = Number(option('duration', '20'))
const connections = Number(option('connections', '50'))
const tsx = path.join('node_modules', '.bin', 'tsx')

const SEARCH = '/vehicles?fuel=diesel&fuel=petrol&body=suv&body=estate&body=sedan&priceMax=80000&sort=price_asc'
const REST =
  '/api/vehicles?where[fuel][in]=diesel,petrol&where[body][in]=suv,estate,sedan' +
  '&where[price.amount][less_than_equal]=8000000&sort=price.amount&limit=24&depth=1'

type Result = {
  name: string
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function launcher(command: string, env: NodeJS.ProcessEnv): number {
  return spawnSync(tsx, ['scripts/autoport.ts', command], { env, stdio: ['ignore', 'inherit', 'inherit'] }).status ?? 1
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** autocannon reports p97.5 but no p95: record every response time and compute them ourselves. */
async function load(name: string, url: string): Promise<Result> {
  const times: number[] = []
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: { 'accept-encoding': 'gzip, br' },
    setupClient: (client) =>
      client.on('response', (_status: number, _bytes: number, responseTime: number) => times.push(responseTime)),
  })
  times.sort((a, b) => a - b)
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/**
 * What a first visit downloads of JavaScript: the page's script tags, gzip-compressed. Next's
 * `noModule` polyfills are left out: browsers that run modules never fetch them.
 */
async function firstLoadJs(base: string): Promise<number> {
  const html = await (await fetch(`${base}${SEARCH}`)).text()
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
  const sources = [
    ...new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src))),
  ]
  let total = 0
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer())
    total += gzipSync(body, { level: 9 }).length
  }
  return total
}

function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(tsx, ['scripts/autoport.ts', 'start'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.on('exit', () => resolve())
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      resolve()
    }
  })
}

async function benchSize(size: number): Promise<{ size: number; results: Result[]; js: number }> {
  const dataDir = path.resolve(`.data/bench-${size}`)
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production' as const }
  if (!existsSync(path.join(dataDir, 'postgres'))) {
    console.log(`\n— preparing ${size} vehicles in ${dataDir}`)
    const started = Date.now()
    if (launcher('seed', env) !== 0) throw new Error('seed failed')
    const seconds = (Date.now() - started) / 1000
    console.log(`  demo seed with migrations: ${seconds.toFixed(1)} s (budget < 60 s): ${seconds < 60 ? 'OK' : 'OVER'}`)
  }
  if (await growInventory(env, size)) {
    // The clones have new prices: price them as the app would (the search sorts and filters on it).
    const priced = spawnSync(tsx, ['scripts/autoport.ts', 'payload', 'run', 'scripts/refresh-landed-prices.ts'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    if (priced.status !== 0) throw new Error('landed prices failed')
  }

  const server = startServer(env)
  try {
    const base = `http://127.0.0.1:${port}`
    await waitFor(`${base}/api/health`)
    // Warm up: first renders compile nothing in production, but fill the caches a real site has warm.
    for (let i = 0; i < 20; i++) await Promise.all([fetch(`${base}${SEARCH}`), fetch(`${base}${REST}`)])
    const search = await load('storefront search', `${base}${SEARCH}`)
    const restList = await load('REST list', `${base}${REST}`)
    return { size, results: [search, restList], js: await firstLoadJs(base) }
  } finally {
    await stopServer(server)
  }
}

async function main() {
  console.log(`Building the production app if sources changed…`)
  if (spawnSync(tsx, ['scripts/autoport.ts', 'build'], { stdio: 'inherit' }).status !== 0)
    throw new Error('build failed')

  const rows: { size: number; results: Result[]; js: number }[] = []
  for (const size of sizes) rows.push(await benchSize(size))

  console.log(`\n${connections} connections, ${duration} s per run\n`)
  console.log('vehicles  endpoint            requests    req/s   p50 ms  p95 ms  p99 ms  errors  non-2xx')
  for (const { size, results } of rows) {
    for (const r of results) {
      console.log(
        `${String(size).padEnd(9)} ${r.name.padEnd(18)} ${String(r.requests).padStart(9)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)}`,
      )
    }
  }
  for (const { size, results, js } of rows) {
    const [search, restList] = results as [Result, Result]
    console.log(`\n${size} vehicles:`)
    console.log(
      `  search p95 ${search.p95} ms (budget < 150 ms at 50 connections): ${search.p95 < 150 ? 'OK' : 'OVER'}`,
    )
    console.log(
      `  search ${search.rps.toFixed(0)} req/s vs REST ${restList.rps.toFixed(0)} req/s (budget: at least REST): ${search.rps >= restList.rps ? 'OK' : 'UNDER'}`,
    )
    console.log(
      `  search page first-load JS ${(js / 1024).toFixed(1)} kB gzip (budget ≤ 150 kB): ${js <= 150 * 1024 ? 'OK' : 'OVER'}`,
    )
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
