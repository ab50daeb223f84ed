/**
 * `npm run bench [-- --vehicles 1000,10000,100000 --duration 20 --connections 50 --cold-connections 1
 *                   --json bench.json]`
 *
 * For each inventory size: a dedicated embedded database (.data/bench-<N>, seeded with the demo data
 * then grown by cloning its vehicles in SQL, kept for the next run), the production build served by
 * our server, and four autocannon runs: the storefront search warm (one query, cached reads), the
 * search cold (each request a price one euro lower, so every read goes to the database, at low
 * concurrency: the latency of one visitor), Payload's REST list and the same list through GraphQL.
 * Prints one table, the search page's first-load JavaScript (gzip) and the budgets of
 * docs/architecture.md (Performance budgets).
 *
 * The build is made only when sources changed, and never while a server of this folder serves the
 * build in .next (scripts/lib/buildGuard.ts): the bench then stops with the reason.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { load, type Load } from './lib/benchLoad'
import {
  coldSearchPath,
  evaluateBudgets,
  formatReport,
  parseBenchArgs,
  type BenchOptions,
  type RunResult,
  type Scenario,
} from './lib/benchReport'
import { GRAPHQL_BODY, REST_PATH, SEARCH_PATH } from './lib/benchRequests'
import { growInventory } from './lib/growInventory'

const tsx = path.join('node_modules', '.bin', 'tsx')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function launcher(args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(tsx, ['scripts/autoport.ts', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] }).status ?? 1
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped (exit ${server.exitCode}) before answering`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** One request of each kind must succeed before measuring, or the table would time failures. */
async function preflight(base: string): Promise<void> {
  const search = await fetch(`${base}${SEARCH_PATH}`)
  if (!search.ok) throw new Error(`search answered ${search.status}`)
  const restList = await fetch(`${base}${REST_PATH}`)
  const restBody = (await restList.json()) as { docs?: unknown[] }
  if (!restList.ok || !restBody.docs?.length) throw new Error(`REST list answered ${restList.status} without vehicles`)
  const graphql = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: GRAPHQL_BODY,
  })
  const graphqlBody = (await graphql.json()) as { data?: { Vehicles?: { docs: unknown[] } }; errors?: unknown }
  if (!graphql.ok || graphqlBody.errors || !graphqlBody.data?.Vehicles?.docs.length)
    throw new Error(`GraphQL list answered ${graphql.status}: ${JSON.stringify(graphqlBody.errors ?? graphqlBody)}`)
}

/**
 * What a first visit downloads of JavaScript: the page's script tags, gzip-compressed. Next's
 * `noModule` polyfills are left out: browsers that run modules never fetch them.
 */
async function firstLoadJs(base: string): Promise<number> {
  const html = await (await fetch(`${base}${SEARCH_PATH}`)).text()
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
    if (server.exitCode !== null) return resolve()
    server.on('exit', () => resolve())
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      resolve()
    }
  })
}

async function prepareData(size: number, env: NodeJS.ProcessEnv, dataDir: string): Promise<void> {
  if (!existsSync(path.join(dataDir, 'postgres'))) {
    console.log(`\n— preparing ${size} vehicles in ${dataDir}`)
    const started = Date.now()
    if (launcher(['seed'], env) !== 0) throw new Error('seed failed')
    const seconds = (Date.now() - started) / 1000
    console.log(`  demo seed with migrations: ${seconds.toFixed(1)} s (budget < 60 s): ${seconds < 60 ? 'OK' : 'OVER'}`)
  }
  if (await growInventory(env, size)) {
    // The clones have new prices: price them as the app would (the search sorts and filters on it).
    if (launcher(['payload', 'run', 'scripts/refresh-landed-prices.ts'], env) !== 0)
      throw new Error('landed prices failed')
  }
}

async function benchSize(size: number, options: BenchOptions): Promise<{ results: RunResult[]; js: number }> {
  const dataDir = path.resolve(`.data/bench-${size}`)
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production' as const }
  await prepareData(size, env, dataDir)

  const server = startServer(env)
  try {
    const base = `http://127.0.0.1:${port}`
    await waitFor(`${base}/api/health`, server)
    await preflight(base)
    // Warm up: production compiles nothing, but a real site has its caches and JIT warm.
    for (let i = 0; i < 20; i++)
      await Promise.all([
        fetch(`${base}${SEARCH_PATH}`),
        fetch(`${base}${REST_PATH}`),
        fetch(`${base}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: GRAPHQL_BODY,
        }),
      ])
    const run = (scenario: Scenario, connections: number, request: Load) => {
      console.log(`  ${size} vehicles: ${scenario} (${connections} connections, ${options.duration} s)`)
      return load(base, { size, scenario, connections }, request, options.duration)
    }
    const results = [
      await run('search warm', options.connections, { path: SEARCH_PATH }),
      // The warm run read priceMax=80000; the cold one starts one euro below.
      await run('search cold', options.coldConnections, {
        path: SEARCH_PATH,
        pathOf: (n) => coldSearchPath(SEARCH_PATH, n),
      }),
      await run('REST list', options.connections, { path: REST_PATH }),
      await run('GraphQL list', options.connections, {
        path: '/api/graphql',
        method: 'POST',
        body: GRAPHQL_BODY,
        failedBody: (body) => body.includes('"errors"'),
      }),
    ]
    return { results, js: await firstLoadJs(base) }
  } finally {
    await stopServer(server)
  }
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2))
  console.log('Building the production app if sources changed…')
  if (launcher(['build', '--if-stale'], process.env) !== 0) {
    console.error('bench: no current build to measure (see above); nothing was run.')
    return 1
  }

  const results: RunResult[] = []
  const firstLoadJsBytes: Record<number, number> = {}
  for (const size of options.sizes) {
    const measured = await benchSize(size, options)
    results.push(...measured.results)
    firstLoadJsBytes[size] = measured.js
  }
  // One build serves every size: the page's scripts are the same; the largest figure counts.
  const js = Math.max(...Object.values(firstLoadJsBytes))
  const budgets = evaluateBudgets(results, js)

  console.log(
    `\n${options.duration} s per run; ${os.cpus().length} CPUs, Node ${process.version}; ` +
      `search page first-load JS ${(js / 1024).toFixed(1)} kB gzip\n`,
  )
  console.log(formatReport(results, budgets))
  if (options.json) {
    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
      options: { ...options, json: undefined },
      requests: { search: SEARCH_PATH, rest: REST_PATH, graphql: JSON.parse(GRAPHQL_BODY) },
      results,
      firstLoadJsBytes,
      budgets,
    }
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\nResults written to ${options.json}`)
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`bench: ${error.message}`)
    process.exit(1)
  },
)
